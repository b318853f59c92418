using Microsoft.CodeAnalysis;

namespace OpenApiThreads.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable: users suppress them by ID, and the release-tracking
/// files list them.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "OpenApiThreads";

    public static readonly DiagnosticDescriptor InvalidYaml = new(
        "OATG001",
        "The OpenAPI document is not valid YAML or JSON",
        "'{0}' could not be read: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SpecError = new(
        "OATG002",
        "The OpenAPI document has an error",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SpecWarning = new(
        "OATG003",
        "The OpenAPI document has a problem the generator worked around",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        "OATG004",
        "A construct in the OpenAPI document is not supported",
        "{0}: {1}; {2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "OATG005",
        "A $ref does not resolve",
        "The reference '{0}' does not resolve to anything in the document; the value is typed as JsonElement",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OperationIdChosen = new(
        "OATG006",
        "An operationId was missing or repeated",
        "{0} {1}: {2}; the client method is named '{3}'",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidOption = new(
        "OATG008",
        "An option on the spec's AdditionalFiles item has an unknown value",
        "{0}=\"{1}\" is not one of {2}; '{3}' is used",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateFile = new(
        "OATG009",
        "Two OpenAPI documents generate the same file",
        "'{0}' would generate '{1}', which another document already generates; give the documents different OpenApiNamespace values",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WebhooksSkipped = new(
        "OATG010",
        "Webhooks are not generated",
        "The document describes {0} webhook(s); a client calls the API and does not receive calls, so they were skipped",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NameCollision = new(
        "OATG011",
        "Two names become the same C# identifier",
        "{0} '{1}' becomes '{2}' in C#, which '{3}' already took; it is named '{4}'",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor StreamingNeedsServerSentEvents = new(
        "OATG012",
        "Streaming operations need System.Net.ServerSentEvents",
        "'{0}' has {1} operation(s) that answer text/event-stream; their streaming methods were not generated because the project does not reference System.Net.ServerSentEvents (part of .NET 10; a NuGet package for .NET 8 and 9)",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        "OATG007",
        "The generator failed on this document",
        "Generating code for '{0}' failed: {1}. Please report this with the document attached.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = new(
        "OATG013",
        "The generated code needs C# 11 or later",
        "'{0}' was not generated: its code uses required members, which need C# 11 or later, and the project compiles C# {1}; set <LangVersion> to 11 or later",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FilterMatchesNothing = new(
        "OATG014",
        "An operation filter matches nothing",
        "{0}=\"{1}\": {2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ReferencedFileMissing = new(
        "OATG015",
        "A $ref names a file that is not an AdditionalFile",
        "The reference '{0}' names the file '{1}', which is not an AdditionalFile; the generator reads no files itself, so add <AdditionalFiles Include=\"{2}\" /> to the project",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
