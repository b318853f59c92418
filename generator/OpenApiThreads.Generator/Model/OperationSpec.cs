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

    /// <summary>Sent as a <c>name=value</c> pair of the Cookie header.</summary>
    Cookie,
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

    /// <summary>How the value is spelled (OpenAPI <c>style</c>); form in the query, simple elsewhere.</summary>
    public SerializationStyle Style { get; init; }

    /// <summary>An object-valued query parameter: serialized as JSON, then spread into fields as the style says.</summary>
    public bool IsStructured { get; init; }

    /// <summary>OpenAPI <c>allowReserved</c>: RFC 3986 reserved characters go into the query unescaped.</summary>
    public bool AllowReserved { get; init; }

    /// <summary>OpenAPI <c>explode</c>: an array becomes one <c>name=value</c> pair per item rather than one joined value.</summary>
    public bool Explode { get; init; } = true;

    public string? Description { get; init; }
}

/// <summary>The OpenAPI parameter styles.</summary>
internal enum SerializationStyle
{
    /// <summary>The query's default: <c>a=1&amp;a=2</c> exploded, <c>a=1,2</c> not.</summary>
    Form,
    SpaceDelimited,
    PipeDelimited,

    /// <summary><c>a[b]=c</c> for objects in the query.</summary>
    DeepObject,

    /// <summary>The path's and headers' default: the value, arrays comma-joined.</summary>
    Simple,

    /// <summary><c>.value</c> in the path.</summary>
    Label,

    /// <summary><c>;name=value</c> in the path.</summary>
    Matrix,
}

internal sealed record RequestBodySpec
{
    /// <summary>How the body is sent; the media type it was chosen from is <see cref="MediaType"/>.</summary>
    public required BodyEncoding Encoding { get; init; }

    /// <summary>The media type sent as <c>Content-Type</c>.</summary>
    public required string MediaType { get; init; }

    /// <summary>
    /// The C# type of the body parameter: the JSON type, the form model, the upload type for binary bodies, or
    /// string for text.
    /// </summary>
    public required TypeRef Type { get; init; }

    public required bool IsRequired { get; init; }

    public string? Description { get; init; }

    /// <summary>The typed form model of a multipart or form-urlencoded body.</summary>
    public Bodies.FormModelSpec? Form { get; init; }

    /// <summary>Whether the body streams a file, so the method takes an <c>IProgress&lt;long&gt;</c> of bytes sent.</summary>
    public bool ReportsProgress => Encoding == BodyEncoding.Binary || Form is { HasFiles: true };
}
