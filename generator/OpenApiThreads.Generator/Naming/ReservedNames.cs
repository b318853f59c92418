using System.Collections.Generic;
using System.Linq;

namespace OpenApiThreads.Generator.Naming;

/// <summary>
/// Names the generated code itself uses, which a schema, property or enum value must not take, or the C# would
/// not compile (CS0102, CS0542) or would hide an inherited member (CS0108).
/// </summary>
internal static class ReservedNames
{
    /// <summary>Members every class and struct inherits from <c>object</c>.</summary>
    public static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize"];

    /// <summary>
    /// Type names that would collide with members the generated types or the JSON context declare: a type's info
    /// property on the context is named after the type, and an enum or union named like one of its own members
    /// cannot compile.
    /// </summary>
    public static IEnumerable<string> ForTypes()
    {
        foreach (string name in ObjectMembers)
        {
            yield return name;
        }

        // JsonSerializerContext and the generated context's helpers.
        foreach (string name in new[] { "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "TypeInfoOf", "ReadDiscriminator", "ObjectMatches", "Reach", "Reached", "AnyTypeLookup", "LookUpAnyType", "PropertyNames", Emit.UnionSupport.BaseName })
        {
            yield return name;
        }

        // The context's helpers for the generated readers.
        foreach (string name in new[] { "FastReader", "UsesOwnOptions", "ConverterOf", "ReadNext", "ExpectToken", "ReadDocument", "PropertyTable", "PropertyReader", "ReadWith", "ReadList", "ReadMap", "WriteWith", "DiscriminatorAt" })
        {
            yield return name;
        }

        foreach (string name in Emit.Metadata.MetadataHelpers.MemberNames.Concat(Emit.Metadata.WriterHelpers.MemberNames))
        {
            yield return name;
        }

        // Members of generated enums and unions.
        foreach (string name in new[] { "Value", "Values", "IsKnown", "Converter", "IsUnknown", "UnknownJson", "FromUnknownJson", "AdditionalData" })
        {
            yield return name;
        }

        // The JSON context's properties for built-in types.
        foreach (string name in new[] { "String", "Boolean", "Int32", "Int64", "Single", "Double", "Decimal", "DateTimeOffset", "DateOnly", "Guid", "Uri", "ByteArray", "JsonElement" })
        {
            yield return name;
        }
    }

    /// <summary>Member names a generated enum struct declares besides its values.</summary>
    public static readonly string[] EnumMembers = ["Value", "Values", "IsKnown", "Converter"];
}
