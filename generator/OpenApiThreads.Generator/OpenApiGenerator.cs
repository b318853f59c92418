using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Emit;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Parsing;
using OpenApiThreads.Generator.Parsing.References;

namespace OpenApiThreads.Generator;

/// <summary>
/// Generates models, a client and System.Text.Json metadata from every OpenAPI document among the AdditionalFiles.
/// Each step's output compares by value, so an edit that does not touch a spec costs nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SpecInput> inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInput.TryCreate(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Input);

        // Every YAML/JSON AdditionalFile may be a fragment another document refers to. Each root gets the texts of
        // the files its $refs reach and nothing else, so the parse below runs again only when one of those changes.
        IncrementalValueProvider<ImmutableEquatableArray<SpecFile>> files = context.AdditionalTextsProvider
            .Select(static (file, cancellationToken) => SpecFile.TryCreate(file, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .Collect()
            .Select(static (all, _) => all.ToImmutableEquatableArray());

        IncrementalValuesProvider<SpecInput> documents = inputs
            .Combine(files)
            .Select(static (pair, _) => pair.Left with { Fragments = SpecFile.Closure(pair.Left.Path, pair.Right) })
            .WithTrackingName(TrackingNames.Documents);

        IncrementalValuesProvider<SpecResult> results = documents
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        context.RegisterSourceOutput(
            results.Select(static (result, _) => result.Diagnostics),
            static (production, diagnostics) =>
            {
                foreach (DiagnosticInfo diagnostic in diagnostics)
                {
                    production.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });

        // Reduced to four booleans at once, so a C# keystroke compares equal and never reaches the emitters. The
        // language version comes from the parse options the generated files are parsed with: a compilation with no
        // syntax trees of its own reports the compiler's default instead.
        IncrementalValueProvider<bool> fieldKeyword = context.ParseOptionsProvider
            .Select(static (options, _) => CompilationFacts.SupportsFieldKeyword(options));
        IncrementalValueProvider<CompilationFacts> facts = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationFacts(
                compilation.GetTypeByMetadataName(CompilationFacts.SseParserType) is not null,
                compilation.GetTypeByMetadataName(CompilationFacts.HttpClientFactoryExtensionsType) is not null,
                compilation.GetTypeByMetadataName(CompilationFacts.FeatureSwitchDefinitionType) is not null))
            .WithTrackingName(TrackingNames.Facts)
            .Combine(fieldKeyword)
            .Select(static (pair, _) => pair.Left with { HasFieldKeyword = pair.Right });

        // The generated code uses required members (C# 11). An older LangVersion gets one clear error per spec
        // instead of hundreds of compiler errors in code the user did not write; null means the version is fine.
        IncrementalValueProvider<string?> olderLanguage = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp11 } old ? old.LanguageVersion.ToDisplayString() : null)
            .WithTrackingName(TrackingNames.Language);

        context.RegisterSourceOutput(results.Combine(olderLanguage), static (production, pair) =>
        {
            if (pair.Right is { } version && pair.Left.Model is { } model)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LanguageVersionTooOld,
                    Location.Create(model.SpecPath, default, default),
                    Path.GetFileName(model.SpecPath),
                    version));
            }
        });

        IncrementalValuesProvider<ApiModel> models = results
            .Combine(olderLanguage)
            .Where(static pair => pair.Left.Model is not null && pair.Right is null)
            .Select(static (pair, _) => pair.Left.Model!)
            .WithTrackingName(TrackingNames.Model);

        context.RegisterSourceOutput(models.Combine(facts), static (production, pair) =>
        {
            int streaming = pair.Left.GenerateClient ? pair.Left.Operations.Count(o => o.Response.Stream is not null) : 0;
            if (streaming > 0 && !pair.Right.HasServerSentEvents)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.StreamingNeedsServerSentEvents,
                    Location.Create(pair.Left.SpecPath, default, default),
                    Path.GetFileName(pair.Left.SpecPath),
                    streaming.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        });

        IncrementalValuesProvider<GeneratedSource> sources = models
            .Combine(facts)
            .SelectMany(static (pair, _) => EmitPlan.Create(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Plan)
            .Select(static (item, _) => SourceEmitter.Emit(item))
            .WithTrackingName(TrackingNames.Emit);

        // All files meet here so a hint name two specs share is reported, not thrown: Roslyn checks uniqueness
        // across the whole generator, after the callbacks. Emitting stays cached per file; the layout only decides
        // which files are added as they are and which, for a spec with many files, are added in batches.
        IncrementalValueProvider<FileLayoutResult> layout = sources
            .Collect()
            .Select(static (files, _) => FileLayout.Create(files))
            .WithTrackingName(TrackingNames.Layout);

        context.RegisterSourceOutput(layout.Select(static (result, _) => result.Duplicates), static (production, duplicates) =>
        {
            foreach (GeneratedSource file in duplicates)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateFile,
                    Location.Create(file.SpecPath, default, default),
                    Path.GetFileName(file.SpecPath),
                    file.HintName));
            }
        });

        IncrementalValuesProvider<GeneratedSource> outputs = layout
            .SelectMany(static (result, _) => result.Files)
            .Select(static (file, _) => file.Render())
            .WithTrackingName(TrackingNames.Output);

        context.RegisterSourceOutput(outputs, static (production, file) => production.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8)));
    }
}
