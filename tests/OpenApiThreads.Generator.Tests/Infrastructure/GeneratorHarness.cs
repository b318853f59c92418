using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(), out Compilation output, out _);
        return (output, driver.GetRunResult(), driver);
    }

    /// <summary>Compiler diagnostics of the generated code that are warnings or errors.</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation)
        => compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
}
