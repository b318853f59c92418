namespace OpenApiThreads.Generator.Model;

/// <summary>
/// A type the generator emits. Subtypes are sealed records compared by value; emitters only print what these hold,
/// so every name here is final (the naming pass ran before the model was built).
/// </summary>
internal abstract record TypeSpec
{
    /// <summary>The C# type name, unique within the namespace.</summary>
    public required string Name { get; init; }

    /// <summary>Where the schema came from (a component name or an inline path), for docs and diagnostics.</summary>
    public required string SchemaName { get; init; }

    public string? Description { get; init; }

    public bool Deprecated { get; init; }

    public TypeRef Ref => new() { Kind = TypeRefKind.Generated, Name = Name, IsValueType = this is EnumSpec };
}
