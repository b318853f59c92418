namespace OpenApiThreads.Generator.Model;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> beside an object's properties (<c>{properties: {…}, oneOf: [A, B]}</c>, or an
/// <c>allOf</c> part that is one). The JSON is one object: the class keeps its declared properties, and the same
/// object is also read as the union of the branches, held in one property. Writing merges the two back into one
/// object: the class's own properties first, then the branch's, then <c>AdditionalData</c>, each name once.
/// </summary>
internal sealed record CompositionSpec
{
    /// <summary>The C# name of the property that holds the branch (<c>Variant</c> unless the class declares that).</summary>
    public required string PropertyName { get; init; }

    /// <summary>The generated union of the branches, read from the same JSON object as the class.</summary>
    public required TypeRef Union { get; init; }

    /// <summary><c>oneOf</c> or <c>anyOf</c>, for the docs.</summary>
    public required string Keyword { get; init; }

    /// <summary>
    /// Per union branch (in the union's order), the JSON names it declares: read into the branch, they leave the
    /// class's <c>AdditionalData</c>; written, they come from the branch. Filled once every type is complete.
    /// </summary>
    public ImmutableEquatableArray<CompositionBranch> Branches { get; init; } = ImmutableEquatableArray<CompositionBranch>.Empty;
}

/// <summary>One branch of a <see cref="CompositionSpec"/>: its union member name and the JSON names it declares.</summary>
internal sealed record CompositionBranch(string Name, ImmutableEquatableArray<string> JsonNames);
