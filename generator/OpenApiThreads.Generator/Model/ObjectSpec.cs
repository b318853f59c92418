namespace OpenApiThreads.Generator.Model;

/// <summary>A JSON object schema, emitted as a class with one property per schema property.</summary>
internal sealed record ObjectSpec : TypeSpec
{
    /// <summary>
    /// Every JSON property of the object, inherited ones first (<see cref="PropertySpec.InheritedFrom"/> set): the
    /// class declares only its own, and its JSON metadata lists them all.
    /// </summary>
    public required ImmutableEquatableArray<PropertySpec> Properties { get; init; }

    /// <summary>
    /// The generated class this one extends: an <c>allOf</c> of one <c>$ref</c> to an object schema and inline parts
    /// that add properties. Null for a class that merges its parts, or has none.
    /// </summary>
    public string? BaseName { get; init; }

    /// <summary>Another generated class extends this one, so it is not sealed.</summary>
    public bool IsInheritable { get; init; }

    /// <summary>The <see cref="AdditionalDataName"/> property is declared by a base class, not by this one.</summary>
    public bool AdditionalDataInherited { get; init; }

    /// <summary>
    /// The C# name of the property that keeps JSON properties the schema does not declare, so a read → modify →
    /// write cycle loses nothing; null when the schema says <c>additionalProperties: false</c>.
    /// </summary>
    public string? AdditionalDataName { get; init; }

    /// <summary>A oneOf/anyOf beside the properties, read from and written into the same JSON object; null for none.</summary>
    public CompositionSpec? Composition { get; init; }
}

/// <summary>One property of an <see cref="ObjectSpec"/>.</summary>
internal sealed record PropertySpec
{
    /// <summary>The property name exactly as it appears in JSON.</summary>
    public required string JsonName { get; init; }

    /// <summary>The C# property name after the naming pass.</summary>
    public required string Name { get; init; }

    public required TypeRef Type { get; init; }

    /// <summary>The schema lists it in <c>required</c>: the JSON must contain it, and C# callers must set it.</summary>
    public required bool IsRequired { get; init; }

    /// <summary>A <c>const</c> or single-value enum: a fixed string that is always written and never read.</summary>
    public string? ConstValue { get; init; }

    public string? Description { get; init; }

    public bool Deprecated { get; init; }

    /// <summary>
    /// Optional and nullable: "absent" and "null" mean different things to the server, so the property remembers
    /// whether it was assigned, and an assigned null is written as JSON null while an unassigned one is left out.
    /// </summary>
    public bool TracksPresence { get; init; }

    /// <summary>The schema's default, as JSON text, documented but never force-sent.</summary>
    public string? DefaultJson { get; init; }

    /// <summary>The base class that declares this property, or null when the object declares it itself.</summary>
    public string? InheritedFrom { get; init; }
}
