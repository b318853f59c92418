using System.Collections.Generic;
using Microsoft.CodeAnalysis;
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

    public bool HasErrors { get; private set; }

    public void Add(DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
    {
        _pending.Add((descriptor, pointer, arguments));
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
    }

    public ImmutableEquatableArray<DiagnosticInfo> Resolve(string path, string text)
    {
        if (_pending.Count == 0)
        {
            return ImmutableEquatableArray<DiagnosticInfo>.Empty;
        }

        var infos = new List<DiagnosticInfo>(_pending.Count);
        foreach (var (descriptor, pointer, arguments) in _pending)
        {
            infos.Add(new DiagnosticInfo
            {
                Descriptor = descriptor,
                FilePath = path,
                Span = SourceLocator.Locate(text, pointer),
                Arguments = arguments.ToImmutableEquatableArray(),
            });
        }

        return infos.ToImmutableEquatableArray();
    }
}
