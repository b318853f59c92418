using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="OpenApiGenerator"/> the way the compiler does, on an in-memory compilation that references the
/// running .NET's own assemblies, with step tracking on so caching can be asserted.
/// </summary>
internal static class GeneratorHarness
{
    public const string SpecPath = "/project/spec/threads.yaml";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    // Our named steps; Roslyn also tracks its own inputs (parse options, the compilation), which are not ours to check.
    private static readonly string[] OwnSteps = [TrackingNames.Input, TrackingNames.Documents, TrackingNames.Parse, TrackingNames.Language, TrackingNames.Facts, TrackingNames.Model, TrackingNames.Plan, TrackingNames.Emit, TrackingNames.Layout, TrackingNames.Output];

    public static string ThreadsSpec => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "threads.yaml"));

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Default));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? globalOptions = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new OpenApiGenerator().AsSourceGenerator() },
            specs,
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestOptionsProvider(
                globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
                fileOptions ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over one spec and returns the output compilation and the run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result, GeneratorDriver Driver) Run(string specText, string path = SpecPath, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var fileOptions = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        if (metadata is not null)
        {
            fileOptions[path] = metadata;
        }

        GeneratorDriver driver = CreateDriver(new[] { new InMemoryAdditionalText(path, specText) }, fileOptions: fileOptions);
        CSharpCompilation input = CreateCompilation();
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        GeneratorDriverRunResult result = driver.GetRunResult();
        AssertCachedAndValuesOnly(driver, input, result);
        return (output, result, driver);
    }

    /// <summary>Runs the generator over several AdditionalFiles at once (a root document and the files it refers to).</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result, GeneratorDriver Driver) RunFiles(params (string Path, string Text)[] files)
    {
        GeneratorDriver driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray());
        CSharpCompilation input = CreateCompilation();
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        GeneratorDriverRunResult result = driver.GetRunResult();
        AssertCachedAndValuesOnly(driver, input, result);
        return (output, result, driver);
    }

    /// <summary>
    /// What every test gets for free, as NetEscapades checks in each of its tests: running again on the same input
    /// recomputes nothing, and no step carries a Roslyn object, a parser object or a by-reference collection.
    /// </summary>
    private static void AssertCachedAndValuesOnly(GeneratorDriver driver, Compilation input, GeneratorDriverRunResult first)
    {
        GeneratorRunResult again = driver.RunGenerators(input).GetRunResult().Results.Single();
        foreach (var (step, runs) in again.TrackedSteps)
        {
            var reasons = runs.SelectMany(r => r.Outputs).Select(o => o.Reason).Where(r => r is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Unchanged).Distinct().ToList();
            Assert.True(reasons.Count == 0, $"A second run on the same input redid {step}: {string.Join(", ", reasons)}");
        }

        foreach (var (step, runs) in first.Results.Single().TrackedSteps.Where(s => OwnSteps.Contains(s.Key)))
        {
            foreach (object? value in runs.SelectMany(r => r.Outputs).Select(o => o.Value))
            {
                ModelGraph.AssertValuesOnly(value, step, positionsForbidden: step is not TrackingNames.Input and not TrackingNames.Documents and not TrackingNames.Parse);
            }
        }
    }

    /// <summary>The model the run built, for tests of decisions the translator makes.</summary>
    internal static Model.ApiModel ModelOf(GeneratorDriverRunResult result)
        => result.Results.Single().TrackedSteps[TrackingNames.Model].SelectMany(s => s.Outputs).Select(o => o.Value).OfType<Model.ApiModel>().Single();

    /// <summary>
    /// The text of one generated file, found by the end of its hint name (<c>Pet.g.cs</c>). A JSON context's part for
    /// one type (<c>PetsJsonContext.Pet.g.cs</c>) is batched with the others (FileLayout), so it is the part as emitted.
    /// </summary>
    public static string Source(GeneratorDriverRunResult result, string hintNameEnd)
    {
        ImmutableArray<GeneratedSourceResult> sources = result.Results.Single().GeneratedSources;
        List<GeneratedSourceResult> files = sources.Where(s => s.HintName == hintNameEnd || s.HintName.EndsWith("." + hintNameEnd, StringComparison.Ordinal)).ToList();
        return files.Count == 1 ? files[0].SourceText.ToString() : ContextPart(result, hintNameEnd) ?? throw new InvalidOperationException("No generated file or context part " + hintNameEnd + ": " + string.Join(", ", sources.Select(s => s.HintName)));
    }

    /// <summary>
    /// One type's part of the JSON context (<c>PetsJsonContext.Pet.g.cs</c>) as the generator emitted it, before
    /// batching (FileLayout): its shard's class block (<c>PetsJsonContext.__Shard3.Pet.g.cs</c>, ContextShards) around
    /// its factory, reader and writer.
    /// </summary>
    private static string? ContextPart(GeneratorDriverRunResult result, string hintNameEnd)
    {
        string[] names = hintNameEnd.Split('.');
        if (names.Length != 4)
        {
            return null;
        }

        string name = names[0] + "." + OpenApiThreads.Generator.Emit.ContextShards.Of(names[1]) + "." + names[1] + ".g.cs";
        return result.Results.Single().TrackedSteps[TrackingNames.Emit]
            .SelectMany(s => s.Outputs)
            .Select(o => o.Value)
            .OfType<OpenApiThreads.Generator.Emit.GeneratedSource>()
            .FirstOrDefault(s => s.HintName.EndsWith("." + name, StringComparison.Ordinal))?.Text;
    }

    /// <summary>Compiler diagnostics of the generated code that are warnings or errors.</summary>
    /// <summary>Warnings and errors of the compilation, with nullable warnings on in the generated files too.</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation)
        => NullableChecked(compilation).GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

    /// <summary>
    /// The compilation with every generated file's nullable warnings turned on. Generated files turn them off for the
    /// consumer (FileHeader: flow analysis is a sixth of a big spec's compile); the tests keep checking them.
    /// </summary>
    public static Compilation NullableChecked(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees.ToArray())
        {
            string text = tree.GetText().ToString();
            string checkedText = WithNullableWarnings(text);
            if (!ReferenceEquals(text, checkedText))
            {
                compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(checkedText, (CSharpParseOptions)tree.Options, tree.FilePath));
            }
        }

        return compilation;
    }

    /// <summary>A generated file's text with nullable warnings on (the same text when it has no generated header).</summary>
    public static string WithNullableWarnings(string text)
        => text.Contains(NullableWarningsOff, StringComparison.Ordinal) ? text.Replace(NullableWarningsOff, "#nullable enable\n", StringComparison.Ordinal) : text;

    private const string NullableWarningsOff = "#nullable enable annotations\n#nullable disable warnings\n";
}
