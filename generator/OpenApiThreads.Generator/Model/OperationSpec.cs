namespace OpenApiThreads.Generator.Model;

/// <summary>One HTTP operation, emitted as one client method.</summary>
internal sealed record OperationSpec
{
    /// <summary>The spec's operationId (or the name derived for it), kept for messages.</summary>
    public required string OperationId { get; init; }

    /// <summary>The client method name without the Async suffix.</summary>
    public required string Name { get; init; }

    /// <summary>Upper-case HTTP method: GET, POST, DELETE …</summary>
    public required string HttpMethod { get; init; }

    /// <summary>The path template relative to the base address, without a leading slash: <c>threads/{thread_id}</c>.</summary>
    public required string Path { get; init; }

    /// <summary>A query string fixed by the path key itself (<c>/responses?beta=true</c>), or null.</summary>
    public string? FixedQuery { get; init; }

    public required ImmutableEquatableArray<ParameterSpec> Parameters { get; init; }

    public RequestBodySpec? Body { get; init; }

    /// <summary>The success response: its body, stream and paging.</summary>
    public required ResponseSpec Response { get; init; }

    /// <summary>The JSON type of the error body, or null when the spec declares none.</summary>
    public TypeRef? ErrorType { get; init; }

    /// <summary>Every error response the spec declares, with its description and, per status, its own type.</summary>
    public ImmutableEquatableArray<ErrorResponseSpec> Errors { get; init; } = ImmutableEquatableArray<ErrorResponseSpec>.Empty;

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public bool Deprecated { get; init; }

    /// <summary>The index of the security set the operation sends (<see cref="Security.SecurityModel.Sets"/>), or null for none.</summary>
    public int? SecuritySet { get; init; }

    /// <summary>The server the operation or its path names for itself, variables at their defaults, or null for the document's.</summary>
    public string? Server { get; init; }
}

internal enum ParameterIn
{
    Path,
    Query,
    Header,
}

internal sealed record ParameterSpec
{
    public required string JsonName { get; init; }

    /// <summary>The C# parameter name (camelCase, keyword-escaped).</summary>
    public required string Name { get; init; }

    public required ParameterIn Location { get; init; }

    public required TypeRef Type { get; init; }

    public required bool IsRequired { get; init; }

    /// <summary>A required parameter with exactly one allowed value is sent by the client itself, not asked for.</summary>
    public string? FixedValue { get; init; }

    /// <summary>How an array query parameter is spelled (OpenAPI <c>style</c>); form is the default.</summary>
    public QueryStyle Style { get; init; }

    /// <summary>OpenAPI <c>explode</c>: an array becomes one <c>name=value</c> pair per item rather than one joined value.</summary>
    public bool Explode { get; init; } = true;

    public string? Description { get; init; }
}

/// <summary>The OpenAPI query styles for arrays: how items are joined when <c>explode</c> is false.</summary>
internal enum QueryStyle
{
    Form,
    SpaceDelimited,
    PipeDelimited,
}

internal sealed record RequestBodySpec
{
    /// <summary>How the body is sent; the media type it was chosen from is <see cref="MediaType"/>.</summary>
    public required BodyEncoding Encoding { get; init; }

    /// <summary>The media type sent as <c>Content-Type</c>.</summary>
    public required string MediaType { get; init; }

    public required TypeRef Type { get; init; }

    public required bool IsRequired { get; init; }

    public string? Description { get; init; }
}
