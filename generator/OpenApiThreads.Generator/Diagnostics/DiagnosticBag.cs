using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Parsing;

namespace OpenApiThreads.Generator.Diagnostics;

/// <summary>
/// Collects diagnostics by JSON pointer while the spec is translated, then resolves the pointers to line and
/// column in one pass over the text, only when there is something to report.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<(DiagnosticDescriptor Descriptor, string Pointer, string[] Arguments)> _pending = new();
    private readonly List<(DiagnosticDescriptor Descriptor, LinePositionSpan Span, string[] Arguments)> _located = new();

    // Parts of the document that came from elsewhere: a fragment file inlined into it, or a $defs schema moved to
    // the components. A pointer under Prefix is reported at Target (in File, or in this document when File is null).
    private readonly List<(string Prefix, string? File, string Target)> _moved = new();
    private readonly Dictionary<string, string> _texts = new(System.StringComparer.Ordinal);

    public bool HasErrors { get; private set; }

    /// <summary>Says that what now sits at <paramref name="pointer"/> was read from <paramref name="target"/> in <paramref name="file"/>.</summary>
    public void Moved(string pointer, string target, string? file = null, string? text = null)
    {
        _moved.Add((Trim(pointer), file, Trim(target)));
        if (file is not null && text is not null)
        {
            _texts[file] = text;
        }
    }

    private static string Trim(string pointer) => pointer.StartsWith("#", System.StringComparison.Ordinal) ? pointer.Substring(1) : pointer;

    /// <summary>Where a pointer into the assembled document was written: its file (null for the document) and pointer there.</summary>
    private (string? File, string Pointer) Origin(string pointer)
    {
        string current = Trim(pointer);

        // Moves within the document may chain (a $defs schema inside a fragment), so follow them a few steps.
        for (int step = 0; step < 16; step++)
        {
            int found = -1;
            for (int i = 0; i < _moved.Count; i++)
            {
                string prefix = _moved[i].Prefix;
                if ((current == prefix || current.StartsWith(prefix + "/", System.StringComparison.Ordinal)) && (found < 0 || prefix.Length > _moved[found].Prefix.Length))
                {
                    found = i;
                }
            }

            if (found < 0)
            {
                return (null, current);
            }

            var best = _moved[found];

            current = best.Target + current.Substring(best.Prefix.Length);
            if (best.File is not null)
            {
                return (best.File, current);
            }
        }

        return (null, current);
    }

    public void Add(DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
    {
        _pending.Add((descriptor, pointer, arguments));
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
    }

    /// <summary>Adds a diagnostic whose position is already known (the YAML parser reports positions, not pointers).</summary>
    public void AddAt(DiagnosticDescriptor descriptor, LinePositionSpan span, params string[] arguments)
    {
        _located.Add((descriptor, span, arguments));
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
    }

    public ImmutableEquatableArray<DiagnosticInfo> Resolve(string path, string text)
    {
        if (_pending.Count == 0 && _located.Count == 0)
        {
            return ImmutableEquatableArray<DiagnosticInfo>.Empty;
        }

        var infos = new List<DiagnosticInfo>(_pending.Count + _located.Count);
        foreach (var (descriptor, span, arguments) in _located)
        {
            infos.Add(new DiagnosticInfo { Descriptor = descriptor, FilePath = path, Span = SourceLocator.Clamp(span, text), Arguments = arguments.ToImmutableEquatableArray() });
        }

        var origins = _pending.Select(p => _moved.Count == 0 ? (File: (string?)null, Pointer: p.Pointer) : Origin(p.Pointer)).ToList();
        var spans = new Dictionary<string, Dictionary<string, LinePositionSpan>>(System.StringComparer.Ordinal);
        foreach (var group in origins.GroupBy(o => o.File ?? path))
        {
            string fileText = group.Key == path ? text : _texts[group.Key];
            spans[group.Key] = SourceLocator.LocateAll(fileText, group.Select(o => o.Pointer).Distinct());
        }

        for (int i = 0; i < _pending.Count; i++)
        {
            var (descriptor, _, arguments) = _pending[i];
            string file = origins[i].File ?? path;
            infos.Add(new DiagnosticInfo
            {
                Descriptor = descriptor,
                FilePath = file,
                Span = spans[file][origins[i].Pointer],
                Arguments = arguments.ToImmutableEquatableArray(),
            });
        }

        return infos.ToImmutableEquatableArray();
    }
}
