namespace OpenApiThreads.Generator.Model.Polymorphism;

/// <summary>
/// A class that other generated classes extend (<c>allOf</c> its schema), and whose schema, or an ancestor's, has a
/// <c>discriminator</c>: its reader looks ahead for the tag and reads the class the tag names, and its writer writes
/// whatever class the value really is.
/// </summary>
internal sealed record PolymorphismSpec
{
    /// <summary>The JSON name of the tag property.</summary>
    public required string DiscriminatorProperty { get; init; }

    /// <summary>
    /// Every class below this one (grandchildren too), each with the tags that select it, in a fixed order: by depth,
    /// then by document order. A tag two classes claim goes to the first.
    /// </summary>
    public required ImmutableEquatableArray<DerivedTypeSpec> DerivedTypes { get; init; }
}

/// <summary>One class below a polymorphic base.</summary>
/// <param name="TypeName">The generated class.</param>
/// <param name="IsDirect">It extends the base itself (not through another class): the writer dispatches to these, and each of them to its own.</param>
/// <param name="Tags">The tag values that select it while reading; empty when every one of its tags is claimed first by another class.</param>
internal sealed record DerivedTypeSpec(string TypeName, bool IsDirect, ImmutableEquatableArray<string> Tags);

/// <summary>The tag a class in a hierarchy sets on a new value: the C# property that holds it, and the value.</summary>
/// <param name="EnumType">The generated enum the property holds, or null for a string.</param>
internal sealed record OwnTagSpec(string PropertyName, string Value, string? EnumType = null);
