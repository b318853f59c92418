using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing.References;

/// <summary>
/// A YAML or JSON AdditionalFile another document may refer to: its text and the files its <c>$ref</c>s name.
/// Computed once per file, so a root only re-collects its fragments when a file's text changes.
/// </summary>
internal sealed record SpecFile(string Path, string Text, ImmutableEquatableArray<string> References)
{
    // Both spellings: YAML "$ref: ./a.yaml#/x" and JSON "\"$ref\": \"./a.yaml\"". A false match only adds a file
    // to the root's input; which references resolve is decided on the parsed document.
    private static readonly Regex RefValue = new("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?(?<value>[^\"'\\s,}\\]]+)", RegexOptions.CultureInvariant);

    public static SpecFile? TryCreate(AdditionalText file, CancellationToken cancellationToken)
    {
        if (!IsYamlOrJson(file.Path))
        {
            return null;
        }

        string? text = file.GetText(cancellationToken)?.ToString();
        if (text is null)
        {
            return null;
        }

        var references = new SortedSet<string>(StringComparer.Ordinal);
        if (text.IndexOf("$ref", StringComparison.Ordinal) >= 0)
        {
            foreach (Match match in RefValue.Matches(text))
            {
                if (FilePaths.FilePart(match.Groups["value"].Value) is { } part)
                {
                    references.Add(FilePaths.Key(FilePaths.Resolve(file.Path, part)));
                }
            }
        }

        return new SpecFile(file.Path, text, references.ToImmutableEquatableArray());
    }

    /// <summary>Whether any <c>$ref</c> in the text names a file (or what looks like one).</summary>
    public static bool NamesAFile(string text)
    {
        if (text.IndexOf("$ref", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (Match match in RefValue.Matches(text))
        {
            if (FilePaths.FilePart(match.Groups["value"].Value) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsYamlOrJson(string path)
    {
        string extension = System.IO.Path.GetExtension(path);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The files <paramref name="root"/> refers to, directly or through each other, that are AdditionalFiles; in a
    /// stable order, so equal inputs compare equal. The root itself is never its own fragment.
    /// </summary>
    public static ImmutableEquatableArray<SpecFragment> Closure(string root, IEnumerable<SpecFile> files)
    {
        var byKey = new Dictionary<string, SpecFile>(StringComparer.Ordinal);
        foreach (SpecFile file in files)
        {
            byKey[FilePaths.Key(file.Path)] = file;
        }

        string rootKey = FilePaths.Key(root);
        if (!byKey.TryGetValue(rootKey, out SpecFile? start) || start.References.Count == 0)
        {
            return ImmutableEquatableArray<SpecFragment>.Empty;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { rootKey };
        var pending = new Queue<SpecFile>();
        pending.Enqueue(start);
        var found = new List<SpecFragment>();
        while (pending.Count > 0)
        {
            foreach (string reference in pending.Dequeue().References)
            {
                if (seen.Add(reference) && byKey.TryGetValue(reference, out SpecFile? next))
                {
                    found.Add(new SpecFragment(next.Path, next.Text));
                    pending.Enqueue(next);
                }
            }
        }

        return found.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableEquatableArray();
    }
}

/// <summary>A file a root document refers to, carried in the root's input by value.</summary>
internal sealed record SpecFragment(string Path, string Text);
