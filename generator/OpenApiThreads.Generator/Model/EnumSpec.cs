namespace OpenApiThreads.Generator.Model;

/// <summary>
/// A string enum, emitted as an extensible value type: known values are static members, and a value the spec does
/// not list (sent by a newer server) still reads and writes back unchanged.
/// </summary>
internal sealed record EnumSpec : TypeSpec
{
    public required ImmutableEquatableArray<EnumMemberSpec> Members { get; init; }
}

internal sealed record EnumMemberSpec(string Name, string Value);
