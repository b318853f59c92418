namespace OpenApiThreads.Generator.Model;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c>: a value that is exactly one of its branches. With a discriminator the branch is
/// chosen by a tag property; without one, by the JSON token kind and then by which object branch's required
/// properties are present. When nothing matches, the raw JSON is kept rather than lost.
/// </summary>
internal sealed record UnionSpec : TypeSpec
{
    public required ImmutableEquatableArray<UnionBranchSpec> Branches { get; init; }

    /// <summary>The JSON name of the tag property, or null when branches are told apart by shape.</summary>
    public string? DiscriminatorProperty { get; init; }
}

/// <summary>One branch of a union.</summary>
internal sealed record UnionBranchSpec
{
    /// <summary>The name used for the branch's members: <c>IsText</c>, <c>AsText</c>.</summary>
    public required string Name { get; init; }

    public required TypeRef Type { get; init; }

    /// <summary>The JSON token that starts a value of this branch.</summary>
    public required JsonTokenKind TokenKind { get; init; }

    /// <summary>The discriminator values that select this branch (with a discriminator).</summary>
    public ImmutableEquatableArray<string> Tags { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>Properties an object must have to be this branch (without a discriminator).</summary>
    public ImmutableEquatableArray<string> RequiredProperties { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>Fixed property values (JSON name → value) an object must carry to be this branch.</summary>
    public ImmutableEquatableArray<ConstProperty> ConstProperties { get; init; } = ImmutableEquatableArray<ConstProperty>.Empty;

    /// <summary>For a string branch that is an enum: the values it accepts, so a closed string branch can be told apart.</summary>
    public ImmutableEquatableArray<string> StringValues { get; init; } = ImmutableEquatableArray<string>.Empty;
}

internal sealed record ConstProperty(string JsonName, string Value);

/// <summary>The kinds of JSON token a union tells its branches apart by.</summary>
internal enum JsonTokenKind
{
    String,

    /// <summary>A number that fits a 64-bit integer; such a token prefers an integer branch over a real one.</summary>
    Integer,
    Number,
    Boolean,
    Array,
    Object,

    /// <summary>Matches any token: raw JSON, or a nested union that decides for itself.</summary>
    Any,
}
