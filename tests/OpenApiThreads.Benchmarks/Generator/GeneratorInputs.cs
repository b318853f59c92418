using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenApiThreads.Generator;

namespace OpenApiThreads.Benchmarks.Generator;

/// <summary>
/// What the compiler hands <see cref="OpenApiGenerator"/>: a consumer compilation that references the running .NET's
/// own assemblies, the spec as an AdditionalFiles item, and the MSBuild options a project would pass.
/// </summary>
internal static class GeneratorInputs
{
    public const string ConsumerSource = "namespace Consumer { public static class Settings { public const int Answer = 41; } }";

    /// <summary>The same file after a keystroke that has nothing to do with the spec.</summary>
    public const string EditedConsumerSource = "namespace Consumer { public static class Settings { public const int Answer = 42; } }";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "Consumer",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation CreateCompilation(string source)
        => CreateCompilation([CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/project/Settings.cs")]);

    /// <summary>A new driver, as a fresh compiler process has; step tracking only where a caller asks to inspect run reasons.</summary>
    public static GeneratorDriver CreateDriver(AdditionalText spec, bool trackSteps = false, AnalyzerConfigOptionsProvider? options = null)
        => CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            [spec],
            ParseOptions,
            options ?? Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The build options every run gets: RootNamespace only.</summary>
    public static AnalyzerConfigOptionsProvider Options { get; } = new OptionsProvider(new Dictionary<string, string>());

    /// <summary>
    /// The same options plus item metadata on the spec, as MSBuild passes it, e.g.
    /// <c>build_metadata.AdditionalFiles.OpenApiIncludeOperations</c>.
    /// </summary>
    public static AnalyzerConfigOptionsProvider OptionsWithSpecMetadata(Dictionary<string, string> metadata) => new OptionsProvider(metadata);

    /// <summary>
    /// A one-line semantic edit of a spec: the first operation summary gains a word, so the client's doc comment changes
    /// and the generator must parse the document again.
    /// </summary>
    public static string EditOneLine(string specText)
    {
        const string Key = "summary: ";
        int index = specText.IndexOf("\n      " + Key, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException("The spec has no operation summary to edit.");
        }

        int at = index + "\n      ".Length + Key.Length;
        return specText[..at] + "Edited " + specText[at..];
    }

    /// <summary>An AdditionalFiles item whose text lives in memory, as the IDE hands unsaved edits to a generator.</summary>
    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>
    /// The build_property values MSBuild passes, and the spec's item metadata (none by default, so namespaces come from
    /// the title).
    /// </summary>
    private sealed class OptionsProvider(Dictionary<string, string> specMetadata) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options s_empty = new(new Dictionary<string, string>());
        private readonly Options _spec = new(specMetadata);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _spec;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
