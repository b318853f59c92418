namespace OpenApiThreads.Generator.Model.Bodies;

/// <summary>
/// The typed model of a <c>multipart/form-data</c> or <c>application/x-www-form-urlencoded</c> body: one C#
/// property per form field, and how each is written (a file part, a text field, a JSON part, bracketed fields).
/// It is not JSON, so it lives beside the JSON types rather than among them.
/// </summary>
internal sealed record FormModelSpec
{
    public required string Name { get; init; }

    public required BodyEncoding Encoding { get; init; }

    public required ImmutableEquatableArray<FormPartSpec> Parts { get; init; }

    public string? Description { get; init; }

    /// <summary>Whether any part is a file, which needs the upload types.</summary>
    public bool HasFiles { get; init; }
}

/// <summary>How one field goes on the wire.</summary>
internal enum FormPartKind
{
    /// <summary>A file: bytes or a stream, with a file name and a content type.</summary>
    File,

    /// <summary>Several files under one name.</summary>
    Files,

    /// <summary>A primitive or enum, as text in its wire spelling.</summary>
    Text,

    /// <summary>Several primitives under one name (one field each, or one joined field).</summary>
    TextList,

    /// <summary>An object or array of objects: JSON in a multipart part; bracketed fields in a form.</summary>
    Structured,
}

/// <summary>The OpenAPI styles a form field may be encoded with.</summary>
internal enum FormStyle
{
    /// <summary>OpenAPI's default: arrays repeat the name (or join with commas when not exploded).</summary>
    Form,

    /// <summary><c>a[b]=c</c>, <c>a[0][b]=c</c>, <c>a[]=x</c>: Stripe's convention.</summary>
    DeepObject,
}

internal sealed record FormPartSpec
{
    public required string JsonName { get; init; }

    public required string Name { get; init; }

    public required FormPartKind Kind { get; init; }

    /// <summary>The C# type of the property (the upload type for files).</summary>
    public required TypeRef Type { get; init; }

    public required bool IsRequired { get; init; }

    /// <summary>The part's <c>Content-Type</c> from the spec's <c>encoding</c>, or null for the default.</summary>
    public string? ContentType { get; init; }

    public FormStyle Style { get; init; }

    public bool Explode { get; init; } = true;

    public string? Description { get; init; }
}
