using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Emit;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Parsing;

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

        IncrementalValuesProvider<SpecResult> results = inputs
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

        IncrementalValuesProvider<GeneratedSource> sources = results
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.Model)
            .SelectMany(static (model, _) => EmitPlan.Create(model))
            .WithTrackingName(TrackingNames.Plan)
            .Select(static (item, _) => SourceEmitter.Emit(item))
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(sources, static (production, source) =>
            production.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8)));
    }
}
