using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain values. <see cref="Diagnostic"/> and <see cref="Location"/> do not compare by value, so
/// the pipeline carries this instead and builds the Roslyn objects only when reporting.
/// </summary>
internal sealed record DiagnosticInfo
{
    public required DiagnosticDescriptor Descriptor { get; init; }

    public required string FilePath { get; init; }

    /// <summary>Zero-based line and column; (0, 0) when the problem is the whole file.</summary>
    public required LinePositionSpan Span { get; init; }

    public required ImmutableEquatableArray<string> Arguments { get; init; }

    public Diagnostic ToDiagnostic()
    {
        var location = Location.Create(FilePath, default, Span);
        return Diagnostic.Create(Descriptor, location, [.. Arguments]);
    }
}
