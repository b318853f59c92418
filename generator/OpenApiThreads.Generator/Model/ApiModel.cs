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

    /// <summary>True for OpenApiFastPaths=all: every type gets a generated reader and writer, not only those the client uses.</summary>
    public bool AllFastPaths { get; init; }

    public required string ClientName { get; init; }

    public required string OptionsName { get; init; }

    public required string ContextName { get; init; }

    public required string ExceptionName { get; init; }

    /// <summary>The abstract base every union class of the spec derives from (<c>ThreadsUnion</c>).</summary>
    public required string UnionBaseName { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The document's <c>info.version</c>, which the default User-Agent carries.</summary>
    public string? Version { get; init; }

    /// <summary>The document's first server with its variables at their defaults, or null when it names none usable.</summary>
    public string? DefaultBaseUrl { get; init; }

    /// <summary>The document's first server, whose variables become options.</summary>
    public ServerSpec? Server { get; init; }

    /// <summary>The schemes the client can send, and the requirement sets the operations use.</summary>
    public required Security.SecurityModel Security { get; init; }

    public required ImmutableEquatableArray<TypeSpec> Types { get; init; }

    public required ImmutableEquatableArray<OperationSpec> Operations { get; init; }

    /// <summary>Every distinct runtime type the JSON context must describe, in a stable order.</summary>
    public required ImmutableEquatableArray<TypeRef> JsonTypes { get; init; }
}
