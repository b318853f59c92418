namespace OpenApiThreads.Generator.Model;

/// <summary>
/// Everything the emitters need for one OpenAPI document. It holds no Roslyn symbols, YAML nodes or source
/// positions, and compares by value, so a change to the spec that does not change the code (whitespace, comments,
/// key order) leaves every emit step Unchanged.
/// </summary>
internal sealed record ApiModel
{
    public required string Namespace { get; init; }

    /// <summary>The spec file's path, so messages can name it. Renaming the file regenerates, which is rare and right.</summary>
    public required string SpecPath { get; init; }

    /// <summary>Generated types are <c>internal</c> instead of <c>public</c> (OpenApiAccessibility=internal).</summary>
    public bool IsInternal { get; init; }

    /// <summary>False for OpenApiModelsOnly=true: models and their JSON metadata, without client, options or exception.</summary>
    public bool GenerateClient { get; init; } = true;

    public required string ClientName { get; init; }

    public required string OptionsName { get; init; }

    public required string ContextName { get; init; }

    public required string ExceptionName { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The document's <c>info.version</c>, which the default User-Agent carries.</summary>
    public string? Version { get; init; }

    public string? DefaultBaseUrl { get; init; }

    public required AuthSpec Auth { get; init; }

    public required ImmutableEquatableArray<TypeSpec> Types { get; init; }

    public required ImmutableEquatableArray<OperationSpec> Operations { get; init; }

    /// <summary>Every distinct runtime type the JSON context must describe, in a stable order.</summary>
    public required ImmutableEquatableArray<TypeRef> JsonTypes { get; init; }
}

internal enum AuthKind
{
    None,
    Bearer,
    HeaderApiKey,
}

/// <summary>How the API key from the options reaches the request.</summary>
internal sealed record AuthSpec(AuthKind Kind, string? HeaderName);
