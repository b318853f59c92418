using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>What one case produced: the generator's own diagnostics, and the compiler's on the code generated for it.</summary>
internal sealed class CaseOutcome
{
    public Exception? Exception { get; set; }

    public List<Diagnostic> GeneratorDiagnostics { get; } = new();

    public List<Diagnostic> CompilerDiagnostics { get; } = new();

    public int GeneratedFiles { get; set; }

    /// <summary>Exceptions thrown while the case ran alone, with where they were thrown from.</summary>
    public IReadOnlyList<(Exception Exception, StackTrace Stack)> Thrown { get; set; } = [];

    /// <summary>The case whose compiled code was identical to this one's, when that compilation was reused.</summary>
    public int? SameCodeAs { get; set; }
}

/// <summary>A batch's outcomes by case number; <see cref="Ambiguous"/> when something could not be tied to one case.</summary>
internal sealed record BatchOutcome(IReadOnlyDictionary<int, CaseOutcome> Cases, bool Ambiguous);
