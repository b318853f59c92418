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

    public bool HasErrors { get; private set; }

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

        Dictionary<string, LinePositionSpan> spans = SourceLocator.LocateAll(text, _pending.Select(p => p.Pointer));
        foreach (var (descriptor, pointer, arguments) in _pending)
        {
            infos.Add(new DiagnosticInfo
            {
                Descriptor = descriptor,
                FilePath = path,
                Span = spans[pointer],
                Arguments = arguments.ToImmutableEquatableArray(),
            });
        }

        return infos.ToImmutableEquatableArray();
    }
}
