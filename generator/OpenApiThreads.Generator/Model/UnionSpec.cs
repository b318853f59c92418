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

    /// <summary>How the reader chooses a branch.</summary>
    public required UnionReadPlan ReadPlan { get; init; }
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

/// <summary>
/// How a union's reader picks a branch, decided once in the translator so that the emitter only prints it. Branch
/// numbers are 1-based positions in <see cref="UnionSpec.Branches"/>; 0 or null means "none".
/// </summary>
internal sealed record UnionReadPlan
{
    /// <summary>The first branch that reads any token (raw JSON, a nested union); it takes what nothing else claims.</summary>
    public int? Fallback { get; init; }

    /// <summary>Every branch reads any token: the first one reads the value, with no switch on the token.</summary>
    public bool FallbackOnly { get; init; }

    /// <summary>Exact string values and the branch each selects, each value once, in branch order.</summary>
    public ImmutableEquatableArray<ValueCase> StringValues { get; init; } = ImmutableEquatableArray<ValueCase>.Empty;

    /// <summary>The branch that takes any other string: a plain string, or the first enum, which keeps unknown values.</summary>
    public int? String { get; init; }

    /// <summary>The branch for a number that fits 64-bit integers, preferred over <see cref="Number"/>.</summary>
    public int? Integer { get; init; }

    public int? Number { get; init; }

    public int? Boolean { get; init; }

    public int? Array { get; init; }

    /// <summary>The tag property an object is read by, when the branches carry tags; null to match by shape.</summary>
    public string? Discriminator { get; init; }

    /// <summary>Tag values and the branch each selects, each tag once (a tag two branches claim goes to the first).</summary>
    public ImmutableEquatableArray<ValueCase> Tags { get; init; } = ImmutableEquatableArray<ValueCase>.Empty;

    /// <summary>
    /// Object branches in the order they are tried without a tag: most fixed values first, then most required
    /// properties, then declaration order. The list ends at the first branch that accepts any object.
    /// </summary>
    public ImmutableEquatableArray<ObjectCandidate> Objects { get; init; } = ImmutableEquatableArray<ObjectCandidate>.Empty;
}

/// <summary>Values that select one branch.</summary>
internal sealed record ValueCase(int Branch, ImmutableEquatableArray<string> Values);

/// <summary>An object branch and whether it takes any object (tried last) or only one with its required and fixed properties.</summary>
internal sealed record ObjectCandidate(int Branch, bool Unconditional);
