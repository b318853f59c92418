using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiThreads.Benchmarks.Generator;

/// <summary>
/// <c>check-incremental</c>: runs each spec with step tracking on and says, per edit, how many generated files the
/// warm run re-emitted. The benchmarks time the same runs with tracking off, as the command-line compiler has it.
/// </summary>
internal static class IncrementalityReport
{
    public static int Run()
    {
        bool ok = Report("threads.yaml", RepositoryFiles.ThreadsSpecPath);
        if (RepositoryFiles.OpenAiSpecPath is { } openAi)
        {
            ok &= Report("openai-openapi.yaml", openAi);
        }

        return ok ? 0 : 1;
    }

    private static bool Report(string name, string path)
    {
        string text = File.ReadAllText(path);
        var spec = new GeneratorInputs.InMemoryText("/project/spec/" + name, text);
        CSharpCompilation compilation = GeneratorInputs.CreateCompilation(GeneratorInputs.ConsumerSource);
        GeneratorDriver warm = GeneratorInputs.CreateDriver(spec, trackSteps: true).RunGenerators(compilation);
        GeneratorRunResult first = warm.GetRunResult().Results.Single();
        Console.WriteLine($"{name}: {StepOutputs(first, OpenApiThreads.Generator.TrackingNames.Emit)} files generated, added as {first.GeneratedSources.Length}, {first.Diagnostics.Length} diagnostics, exception: {first.Exception?.Message ?? "none"}");

        SyntaxTree consumer = compilation.SyntaxTrees.Single();
        SyntaxTree edited = CSharpSyntaxTree.ParseText(GeneratorInputs.EditedConsumerSource, GeneratorInputs.ParseOptions, path: consumer.FilePath);
        GeneratorRunResult afterCSharp = warm.RunGenerators(compilation.ReplaceSyntaxTree(consumer, edited)).GetRunResult().Results.Single();
        int csharpReemitted = Reemitted(afterCSharp);
        Console.WriteLine($"  unrelated C# edit: {csharpReemitted} of {StepOutputs(afterCSharp, OpenApiThreads.Generator.TrackingNames.Emit)} files re-emitted, {Reemitted(afterCSharp, OpenApiThreads.Generator.TrackingNames.Output)} of {afterCSharp.GeneratedSources.Length} re-added; {Reasons(afterCSharp)}");

        var editedSpec = new GeneratorInputs.InMemoryText(spec.Path, GeneratorInputs.EditOneLine(text));
        GeneratorRunResult afterYaml = warm.ReplaceAdditionalText(spec, editedSpec).RunGenerators(compilation).GetRunResult().Results.Single();
        Console.WriteLine($"  one-line YAML edit: {Reemitted(afterYaml)} of {StepOutputs(afterYaml, OpenApiThreads.Generator.TrackingNames.Emit)} files re-emitted, {Reemitted(afterYaml, OpenApiThreads.Generator.TrackingNames.Output)} of {afterYaml.GeneratedSources.Length} re-added; {Reasons(afterYaml)}");
        var before = first.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        string[] changed = afterYaml.GeneratedSources
            .Where(s => !before.TryGetValue(s.HintName, out string? old) || old != s.SourceText.ToString())
            .Select(s => s.HintName).ToArray();
        Console.WriteLine($"    added files whose text changed: {string.Join(", ", changed.Take(10))}");
        return first.Exception is null && csharpReemitted == 0 && afterCSharp.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    /// <summary>Files whose text the step (by default Emit) produced anew (New or Modified) in this run.</summary>
    private static int Reemitted(GeneratorRunResult result, string step = OpenApiThreads.Generator.TrackingNames.Emit)
        => result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            : 0;

    /// <summary>How many outputs the step has in this run.</summary>
    private static int StepOutputs(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).Count() : 0;

    /// <summary>Each named step's outputs by run reason, then the source outputs'.</summary>
    private static string Reasons(GeneratorRunResult result)
        => string.Join("; ", result.TrackedSteps
                .Where(step => step.Key is not ("Compilation" or "AdditionalTexts" or "AnalyzerConfigOptionsProvider"))
                .Select(step => step.Key + " " + Count(step.Value.SelectMany(s => s.Outputs))))
            + "; source outputs " + Count(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs));

    private static string Count(IEnumerable<(object Value, IncrementalStepRunReason Reason)> outputs)
        => string.Join(", ", outputs.GroupBy(o => o.Reason).Select(g => $"{g.Count()} {g.Key}"));
}
