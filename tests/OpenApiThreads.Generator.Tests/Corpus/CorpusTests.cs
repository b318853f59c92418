using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Corpus;

/// <summary>
/// Real public API descriptions the generator was not written for (../shared/corpus, see its README) and OpenAI's
/// full spec: the generator never crashes, the code compiles with no error and no warning, and every operation has
/// a client method or a diagnostic located inside it that says why not.
/// </summary>
public sealed class CorpusTests
{
    [Fact]
    public void Every_corpus_spec_compiles_clean_and_accounts_for_every_operation()
    {
        string? folder = Infrastructure.SharedFiles.Locate("corpus");
        if (folder is null)
        {
            Assert.Skip("The corpus was not found: expected ../shared/corpus beside the repository. .ci/run always has it.");
        }

        var paths = Directory.EnumerateFiles(folder).Where(IsSpec).Order(StringComparer.Ordinal).ToList();
        if (Infrastructure.SharedFiles.Locate("specs/openai-openapi.yaml") is { } openAi)
        {
            paths.Add(openAi);
        }

        var results = paths.Select(CorpusRun.Run).ToList();
        string table = Table(results);
        TestContext.Current.TestOutputHelper?.WriteLine(table);
        var failures = results.Where(r => !r.Clean).ToList();
        Assert.True(failures.Count == 0, table + "\n" + string.Join("\n\n", failures.Select(Describe)));
    }

    private static bool IsSpec(string file)
        => file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static string Table(IReadOnlyList<CorpusResult> results)
    {
        var table = new StringBuilder()
            .AppendLine("| spec | ops | usable | methods | generator diagnostics | compile | seconds |")
            .AppendLine("|---|---:|---:|---:|---|---|---:|");
        foreach (CorpusResult r in results)
        {
            string compile = r.Crash is not null ? "CRASH"
                : r.CompilerProblems.Count == 0 ? "clean"
                : string.Create(CultureInfo.InvariantCulture, $"{r.CompilerProblems.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)} errors, {r.CompilerProblems.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)} warnings");
            table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Spec} | {r.Operations} | {r.UsableOperations} | {r.Methods} | {r.DiagnosticSummary} | {compile} | {r.Elapsed.TotalSeconds:0.0} |");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"| **{results.Count} specs** | {results.Sum(r => r.Operations)} | {results.Sum(r => r.UsableOperations)} | {results.Sum(r => r.Methods)} | | {results.Count(r => r.Clean)} clean | {results.Sum(r => r.Elapsed.TotalSeconds):0.0} |");
        return table.ToString();
    }

    private static string Describe(CorpusResult result)
    {
        var text = new StringBuilder().AppendLine(result.Spec + ":");
        if (result.Crash is not null)
        {
            text.AppendLine("  crash: " + result.Crash);
        }

        foreach (var diagnostic in result.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(10))
        {
            text.AppendLine("  generator: " + diagnostic);
        }

        foreach (var group in result.CompilerProblems.GroupBy(d => d.Id).OrderByDescending(g => g.Count()))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key} ×{group.Count()}, e.g. {group.First()}");
        }

        foreach (DocumentOperation operation in result.Unexplained.Take(10))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  no method and no diagnostic in lines {operation.FirstLine + 1}-{operation.LastLine + 1}: {operation.Label}");
            foreach (var elsewhere in result.GeneratorDiagnostics.Where(d => d.GetMessage(CultureInfo.InvariantCulture).Contains(operation.Label, StringComparison.Ordinal)).Take(2))
            {
                text.AppendLine("    (elsewhere: " + elsewhere + ")");
            }
        }

        return text.ToString();
    }
}
