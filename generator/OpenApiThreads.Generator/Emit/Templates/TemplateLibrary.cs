using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace OpenApiThreads.Generator.Emit.Templates;

/// <summary>
/// The fixed code the generator copies into clients, read once from this assembly's embedded copies of
/// generator/OpenApiThreads.Generator.Templates/Transport/*.cs (the only thing the generator loads besides its input).
/// Each <c>#region Name</c> … <c>#endregion</c> block is one fragment, de-indented to its <c>#region</c> line. The
/// rest of a template file (its comment, namespace, class declaration, the methods that wrap auth lines) exists so
/// the template compiles on its own, and is never emitted.
/// </summary>
internal static class TemplateLibrary
{
    /// <summary>The LogicalName prefix the generator's project gives the embedded templates.</summary>
    public const string ResourcePrefix = "OpenApiThreads.Generator.Templates.";

    private const string RegionStart = "#region ";
    private const string RegionEnd = "#endregion";

    private static readonly Dictionary<string, TemplateFragment> Fragments = Load();

    /// <summary>Every fragment name, for tests that check each is emitted by some spec.</summary>
    public static IEnumerable<string> Names => Fragments.Keys;

    public static TemplateFragment Get(string name)
        => Fragments.TryGetValue(name, out TemplateFragment? fragment)
            ? fragment
            : throw new InvalidOperationException("No template region '" + name + "' is embedded in the generator.");

    private static Dictionary<string, TemplateFragment> Load()
    {
        Assembly assembly = typeof(TemplateLibrary).Assembly;
        var fragments = new Dictionary<string, TemplateFragment>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            foreach (TemplateFragment fragment in Split(resource, reader.ReadToEnd()))
            {
                if (fragments.ContainsKey(fragment.Name))
                {
                    throw new InvalidOperationException("Template region '" + fragment.Name + "' is defined twice (again in " + resource + ").");
                }

                fragments.Add(fragment.Name, fragment);
            }
        }

        if (fragments.Count == 0)
        {
            throw new InvalidOperationException("No templates are embedded in the generator (resources starting with " + ResourcePrefix + ").");
        }

        return fragments;
    }

    /// <summary>The regions of one template file. Regions do not nest, and no line inside one starts left of it.</summary>
    internal static IEnumerable<TemplateFragment> Split(string resource, string text)
    {
        string? name = null;
        int indent = 0;
        var lines = new List<string>();
        foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
        {
            string trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith(RegionStart, StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    throw new InvalidOperationException(resource + ": region '" + trimmed + "' starts inside region '" + name + "'.");
                }

                name = trimmed.Substring(RegionStart.Length).Trim();
                indent = line.Length - trimmed.Length;
                lines.Clear();
            }
            else if (trimmed.StartsWith(RegionEnd, StringComparison.Ordinal))
            {
                if (name is null)
                {
                    throw new InvalidOperationException(resource + ": #endregion without #region.");
                }

                yield return new TemplateFragment(name, lines.ToArray());
                name = null;
            }
            else if (name is not null)
            {
                if (trimmed.Length == 0)
                {
                    lines.Add(string.Empty);
                }
                else if (line.Length - trimmed.Length >= indent)
                {
                    lines.Add(line.Substring(indent).TrimEnd());
                }
                else
                {
                    throw new InvalidOperationException(resource + ": a line of region '" + name + "' starts left of its #region.");
                }
            }
        }

        if (name is not null)
        {
            throw new InvalidOperationException(resource + ": region '" + name + "' has no #endregion.");
        }
    }
}

/// <summary>One region of a template: its lines, relative to the region's indentation, placeholders not yet replaced.</summary>
internal sealed class TemplateFragment
{
    public TemplateFragment(string name, IReadOnlyList<string> lines)
    {
        Name = name;
        Lines = lines;
    }

    public string Name { get; }

    public IReadOnlyList<string> Lines { get; }
}
