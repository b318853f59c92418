using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Parsing.References;

namespace OpenApiThreads.Generator;

/// <summary>
/// One OpenAPI document with its options, reduced to strings so the pipeline can compare runs by value.
/// </summary>
internal sealed record SpecInput
{
    public required string Path { get; init; }

    public required string Text { get; init; }

    /// <summary>
    /// The other AdditionalFiles this document's <c>$ref</c>s reach (transitively), by value: an edit to a file it
    /// does not reach leaves this input equal, so nothing downstream runs again.
    /// </summary>
    public ImmutableEquatableArray<SpecFragment> Fragments { get; init; } = ImmutableEquatableArray<SpecFragment>.Empty;

    /// <summary>From the item's <c>OpenApiNamespace</c> metadata; null for the default.</summary>
    public string? Namespace { get; init; }

    /// <summary>From the item's <c>OpenApiClientName</c> metadata, else derived from the spec's title.</summary>
    public string? ClientName { get; init; }

    /// <summary>The item's <c>OpenApiAccessibility</c> metadata: <c>public</c> (default) or <c>internal</c>.</summary>
    public string? Accessibility { get; init; }

    /// <summary>The item's <c>OpenApiModelsOnly</c> metadata: <c>true</c> leaves out the client.</summary>
    public string? ModelsOnly { get; init; }

    /// <summary>
    /// The item's <c>OpenApiFastPaths</c> metadata: <c>used</c> (default) gives readers to what the client receives and
    /// writers to what it sends; <c>all</c> gives every type both.
    /// </summary>
    public string? FastPaths { get; init; }

    /// <summary>
    /// The item's <c>OpenApiIncludeOperations</c> metadata: entries (<c>path:/threads*</c>, <c>tag:Files</c>,
    /// <c>op:createFile</c>) of which an operation must match one to be generated; null generates every operation.
    /// </summary>
    public string? IncludeOperations { get; init; }

    /// <summary>The item's <c>OpenApiExcludeOperations</c> metadata: entries as above; an operation one matches is left out.</summary>
    public string? ExcludeOperations { get; init; }

    /// <summary>The project's root namespace; the default namespace is this plus a name from the spec's title.</summary>
    public string? RootNamespace { get; init; }

    /// <summary>Reads an AdditionalFiles item, or returns null when it is clearly not an OpenAPI document.</summary>
    public static SpecInput? TryCreate(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!SpecFile.IsYamlOrJson(file.Path))
        {
            return null;
        }

        string? text = file.GetText(cancellationToken)?.ToString();
        if (text is null || !MentionsOpenApiKey(text))
        {
            return null;
        }

        AnalyzerConfigOptions fileOptions = options.GetOptions(file);
        return new SpecInput
        {
            Path = file.Path,
            Text = text,
            Namespace = Read(fileOptions, "build_metadata.AdditionalFiles.OpenApiNamespace"),
            RootNamespace = Read(options.GlobalOptions, "build_property.RootNamespace"),
            ClientName = Read(fileOptions, "build_metadata.AdditionalFiles.OpenApiClientName"),
            Accessibility = Read(fileOptions, "build_metadata.AdditionalFiles.OpenApiAccessibility"),
            ModelsOnly = Read(fileOptions, "build_metadata.AdditionalFiles.OpenApiModelsOnly"),
            FastPaths = Read(fileOptions, "build_metadata.AdditionalFiles.OpenApiFastPaths"),
            IncludeOperations = Read(fileOptions, "build_metadata.AdditionalFiles.OpenApiIncludeOperations"),
            ExcludeOperations = Read(fileOptions, "build_metadata.AdditionalFiles.OpenApiExcludeOperations"),
        };
    }

    // A cheap first look; the parser decides for certain from the document's top-level keys.
    private static bool MentionsOpenApiKey(string text)
        => text.IndexOf("openapi", StringComparison.Ordinal) >= 0 || text.IndexOf("swagger", StringComparison.Ordinal) >= 0;

    private static string? Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string FileName => System.IO.Path.GetFileName(Path);
}
