using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;

namespace OpenApiThreads.Generator.Tests.Corpus;

/// <summary>What one spec of the corpus gave: operations, client methods, the generator's and the compiler's word.</summary>
internal sealed record CorpusResult(
    string Spec,
    int Operations,
    int UsableOperations,
    int Methods,
    IReadOnlyList<Diagnostic> GeneratorDiagnostics,
    IReadOnlyList<Diagnostic> CompilerProblems,
    IReadOnlyList<DocumentOperation> Unexplained,
    Exception? Crash,
    TimeSpan Elapsed)
{
    public bool Clean => Crash is null && CompilerProblems.Count == 0 && Unexplained.Count == 0
        && !GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The generator's diagnostics as <c>OATG004×3 OATG011×1</c>.</summary>
    public string DiagnosticSummary
        => GeneratorDiagnostics.Count == 0 ? "-" : string.Join(" ", GeneratorDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "×" + g.Count().ToString(CultureInfo.InvariantCulture)));
}

/// <summary>
/// Generates and compiles one spec in process, the way a consumer's build would, and accounts for every
/// operation: it has a client method, or a diagnostic located inside it says why not.
/// </summary>
internal static class CorpusRun
{
    public static CorpusResult Run(string path)
    {
        var stopwatch = Stopwatch.StartNew();
        string text = File.ReadAllText(path);
        string name = Path.GetFileName(path);
        IReadOnlyList<DocumentOperation> operations = DocumentOperations.Read(text);
        string specPath = "/corpus/" + name;
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(specPath, text)]);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out _);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null)
        {
            return new CorpusResult(name, operations.Count, 0, 0, run.Diagnostics, [], [], run.Exception, stopwatch.Elapsed);
        }

        ApiModel? model = run.TrackedSteps.TryGetValue(TrackingNames.Model, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Value).OfType<ApiModel>().SingleOrDefault()
            : null;
        var translated = new HashSet<string>(
            model?.Operations.Select(o => o.HttpMethod + " " + o.Path + (o.FixedQuery is null ? string.Empty : "?" + o.FixedQuery)) ?? [],
            StringComparer.Ordinal);
        var unexplained = operations
            .Where(o => !translated.Contains(o.Key) && !run.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning && Inside(d, o)))
            .ToList();
        int methods = model is null ? 0 : CountInterfaceMethods(output, "I" + model.ClientName);
        IReadOnlyList<Diagnostic> problems = GeneratorHarness.Problems(output);
        return new CorpusResult(name, operations.Count, operations.Count(o => translated.Contains(o.Key)), methods, run.Diagnostics, problems, unexplained, null, stopwatch.Elapsed);
    }

    private static bool Inside(Diagnostic diagnostic, DocumentOperation operation)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return span.StartLinePosition.Line >= operation.FirstLine && span.StartLinePosition.Line <= operation.LastLine;
    }

    private static int CountInterfaceMethods(Compilation output, string interfaceName)
        => output.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            .OfType<InterfaceDeclarationSyntax>()
            .Where(i => i.Identifier.ValueText == interfaceName)
            .Sum(i => i.Members.OfType<MethodDeclarationSyntax>().Count());
}
