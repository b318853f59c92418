using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using OpenApiThreads.Generator.Tests.Infrastructure;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Runs the generator once over many cases and compiles the result once. Each case has its own namespace, which
/// starts every hint name, and its own spec path, so every diagnostic names the case it belongs to.
/// </summary>
internal static class FuzzDriver
{
    private const string NamespaceKey = "build_metadata.AdditionalFiles.OpenApiNamespace";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Runs <paramref name="cases"/> together; with <paramref name="compiled"/>, code compiled before is not compiled again.</summary>
    public static BatchOutcome Run(IReadOnlyList<FuzzCase> cases, CompiledCode? compiled, CancellationToken cancellationToken)
    {
        var outcomes = cases.ToDictionary(c => c.Number, _ => new CaseOutcome());
        GeneratorRunResult run = Generate(cases, cancellationToken);
        if (run.Exception is not null)
        {
            // The driver drops all of a failing generator's output: which case threw is unknown.
            foreach (CaseOutcome outcome in outcomes.Values)
            {
                outcome.Exception = run.Exception;
            }

            return new BatchOutcome(outcomes, Ambiguous: cases.Count > 1);
        }

        bool ambiguous = false;
        var byPath = cases.ToDictionary(c => c.Path, StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in run.Diagnostics)
        {
            bool owned = byPath.TryGetValue(diagnostic.Location.GetLineSpan().Path ?? string.Empty, out FuzzCase? owner);
            ambiguous |= !owned && cases.Count > 1;
            outcomes[(owner ?? cases[0]).Number].GeneratorDiagnostics.Add(diagnostic);
        }

        var sources = run.GeneratedSources.ToLookup(s => CaseOf(s.HintName, outcomes));
        ambiguous |= sources[null].Any() && cases.Count > 1;
        var trees = sources[null].Select(s => s.SyntaxTree).ToList();
        var keys = new Dictionary<int, string>();
        foreach (FuzzCase fuzzCase in cases)
        {
            CaseOutcome outcome = outcomes[fuzzCase.Number];
            outcome.GeneratedFiles = sources[fuzzCase.Number].Count();

            // A case with an error diagnostic is judged on the generator's diagnostics alone: its code need not compile.
            if (outcome.GeneratedFiles == 0 || outcome.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }

            if (compiled is not null)
            {
                string key = CompiledCode.KeyOf(fuzzCase.Namespace, sources[fuzzCase.Number]);
                if (compiled.TryGet(key, out int compiledCase, out IReadOnlyList<Diagnostic> diagnostics))
                {
                    outcome.SameCodeAs = compiledCase;
                    outcome.CompilerDiagnostics.AddRange(diagnostics);
                    continue;
                }

                if (keys.ContainsValue(key))
                {
                    outcome.SameCodeAs = keys.First(k => k.Value == key).Key;
                    continue;
                }

                keys[fuzzCase.Number] = key;
            }

            trees.AddRange(sources[fuzzCase.Number].Select(s => s.SyntaxTree));
        }

        ambiguous |= Compile(trees, outcomes, cases, cancellationToken);
        if (!ambiguous)
        {
            // An ambiguous batch may have handed a diagnostic to the wrong case: its verdicts are not kept.
            foreach (var (number, key) in keys)
            {
                compiled!.Add(key, number, outcomes[number].CompilerDiagnostics);
            }
        }

        foreach (CaseOutcome outcome in outcomes.Values.Where(o => o.SameCodeAs is { } same && keys.ContainsKey(same)))
        {
            outcome.CompilerDiagnostics.AddRange(outcomes[outcome.SameCodeAs!.Value].CompilerDiagnostics);
        }

        return new BatchOutcome(outcomes, ambiguous);
    }

    private static GeneratorRunResult Generate(IReadOnlyList<FuzzCase> cases, CancellationToken cancellationToken)
    {
        var fileOptions = cases.ToDictionary(
            c => c.Path,
            c => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [NamespaceKey] = c.Namespace });

        // Step tracking (GeneratorHarness turns it on for the caching tests) would only cost time and memory here.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            cases.Select(c => (AdditionalText)new InMemoryAdditionalText(c.Path, c.Text)),
            ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }, fileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        return driver.RunGenerators(GeneratorHarness.CreateCompilation(), cancellationToken).GetRunResult().Results.Single();
    }

    /// <summary>Compiles the trees and hands each warning and error to its case; true when one belongs to none.</summary>
    private static bool Compile(List<SyntaxTree> trees, Dictionary<int, CaseOutcome> outcomes, IReadOnlyList<FuzzCase> cases, CancellationToken cancellationToken)
    {
        if (trees.Count == 0)
        {
            return false;
        }

        // Batches already run side by side on every core; a compilation that also splits its work only adds overhead.
        CSharpCompilation compilation = (CSharpCompilation)GeneratorHarness.NullableChecked(GeneratorHarness.CreateCompilation().AddSyntaxTrees(trees));
        compilation = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        bool ambiguous = Attribute(compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed), outcomes, cases);

        // A name over the 1,024 bytes metadata allows (CS7013) is only found when metadata is written, which
        // GetDiagnostics never does. Every metadata name is an identifier of the source plus a short affix ("get_",
        // "<…>k__BackingField"), so only cases with a very long identifier need it, and they are rare.
        var longNamed = trees
            .Where(t => HasLongIdentifier(t.GetText(cancellationToken).ToString()))
            .Select(t => CaseOf(Path.GetFileName(t.FilePath), outcomes))
            .OfType<int>()
            .Where(n => !outcomes[n].CompilerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            .ToHashSet();
        if (longNamed.Count > 0)
        {
            CSharpCompilation emitted = compilation.RemoveAllSyntaxTrees()
                .AddSyntaxTrees(trees.Where(t => CaseOf(Path.GetFileName(t.FilePath), outcomes) is { } n && longNamed.Contains(n)));
            EmitResult result = emitted.Emit(Stream.Null, options: new EmitOptions(metadataOnly: true), cancellationToken: cancellationToken);
            ambiguous |= Attribute(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), outcomes, cases);
        }

        return ambiguous;
    }

    private static bool HasLongIdentifier(string text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsLetterOrDigit(c) || c == '_' ? run + 1 : 0;
            if (run >= 900)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Attribute(IEnumerable<Diagnostic> diagnostics, Dictionary<int, CaseOutcome> outcomes, IReadOnlyList<FuzzCase> cases)
    {
        bool ambiguous = false;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            int? number = diagnostic.Location.SourceTree is { } tree ? CaseOf(Path.GetFileName(tree.FilePath), outcomes) : null;
            ambiguous |= number is null && cases.Count > 1;
            outcomes[number ?? cases[0].Number].CompilerDiagnostics.Add(diagnostic);
        }

        return ambiguous;
    }

    /// <summary>"Case17.Pet.g.cs" belongs to case 17.</summary>
    private static int? CaseOf(string hintName, Dictionary<int, CaseOutcome> outcomes)
    {
        int dot = hintName.IndexOf('.', StringComparison.Ordinal);
        return hintName.StartsWith("Case", StringComparison.Ordinal)
            && dot > 4
            && int.TryParse(hintName.AsSpan(4, dot - 4), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            && outcomes.ContainsKey(number)
                ? number
                : null;
    }
}
