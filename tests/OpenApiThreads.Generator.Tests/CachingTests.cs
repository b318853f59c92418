using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>The generator does no work for edits that cannot change its output, and redoes it for those that do.</summary>
public sealed class CachingTests
{
    private static readonly string[] AllSteps = [TrackingNames.Input, TrackingNames.Parse, TrackingNames.Model, TrackingNames.Plan, TrackingNames.Emit, TrackingNames.Layout, TrackingNames.Output];

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class A { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec) });
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class B { } }", cancellationToken: TestContext.Current.CancellationToken));
        GeneratorRunResult second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (string step in AllSteps)
        {
            var reasons = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct().ToList();
            Assert.True(reasons.All(r => r == IncrementalStepRunReason.Cached), $"{step}: {string.Join(", ", reasons)}");
        }

        // The compilation facts are recomputed on every edit (two type lookups) and compare equal, which is what
        // keeps everything after them cached.
        Assert.Equal(IncrementalStepRunReason.Unchanged, second.TrackedSteps[TrackingNames.Facts].Single().Outputs.Single().Reason);
    }

    [Fact]
    public void Adding_a_property_to_the_spec_regenerates_that_model()
    {
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { original }).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        string edited = GeneratorHarness.ThreadsSpec.Replace(
            "      required: [id, object, created_at, metadata]",
            "        title:\n          type: string\n          description: A display name.\n      required: [id, object, created_at, metadata]");
        Assert.NotEqual(GeneratorHarness.ThreadsSpec, edited);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(GeneratorHarness.SpecPath, edited));
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        string model = result.GeneratedSources.Single(s => s.HintName == "Consumer.OpenAIThreads.ThreadObject.g.cs").SourceText.ToString();
        Assert.Contains("public string? Title { get; set; }", model, System.StringComparison.Ordinal);

        // Only the model's own file and its part of the JSON context (in its shard) are emitted again; every other file stays cached.
        Assert.Equal(["Consumer.OpenAIThreads.OpenAIThreadsJsonContext." + Emit.ContextShards.Of("ThreadObject") + ".ThreadObject.g.cs", "Consumer.OpenAIThreads.ThreadObject.g.cs"], ModifiedFiles(result));
    }

    [Theory]
    [InlineData("comment")]
    [InlineData("whitespace")]
    public void A_comment_or_whitespace_only_yaml_edit_reparses_but_emits_nothing_new(string edit)
    {
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { original }).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        // Blank lines between top-level sections and a reflowed flow sequence: every line and column after them moves.
        string edited = edit == "comment"
            ? "# a new comment\n" + GeneratorHarness.ThreadsSpec
            : GeneratorHarness.ThreadsSpec.Replace("\npaths:", "\n\n\npaths:", System.StringComparison.Ordinal).Replace("tags: [Threads]", "tags: [ Threads ]", System.StringComparison.Ordinal);
        Assert.NotEqual(GeneratorHarness.ThreadsSpec, edited);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(GeneratorHarness.SpecPath, edited));
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        // The text changed, so the document is read again; the model it yields is equal, so nothing after it runs.
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.Input].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[TrackingNames.Parse].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.Model].Single().Outputs.Single().Reason);
        var emitReasons = result.TrackedSteps[TrackingNames.Emit].SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct().ToList();
        Assert.True(emitReasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(", ", emitReasons));
    }

    [Fact]
    public void A_changed_description_re_emits_only_that_model()
    {
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { original }).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        string edited = GeneratorHarness.ThreadsSpec.Replace("      description: Result of deleting a thread.", "      description: What a delete answers.", System.StringComparison.Ordinal);
        Assert.NotEqual(GeneratorHarness.ThreadsSpec, edited);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(GeneratorHarness.SpecPath, edited));
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(["Consumer.OpenAIThreads.DeleteThreadResponse.g.cs"], ModifiedFiles(result));
    }

    [Fact]
    public void A_changed_option_regenerates_every_file()
    {
        var spec = new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec }).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [GeneratorHarness.SpecPath] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "Renamed" } }));
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.All(result.GeneratedSources, s => Assert.StartsWith("Renamed.", s.HintName, System.StringComparison.Ordinal));
        Assert.DoesNotContain(result.TrackedSteps[TrackingNames.Emit].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Cached);
    }

    private static List<string> ModifiedFiles(GeneratorRunResult result)
        => result.TrackedSteps[TrackingNames.Emit]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Cached)
            .Select(o => ((Emit.GeneratedSource)o.Value).HintName)
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToList();
}
