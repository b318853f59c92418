namespace OpenApiThreads.Generator.Model;

/// <summary>The runtime types a schema can map to without generating anything, with their JSON converters.</summary>
internal static class BuiltInTypes
{
    public static readonly TypeRef String = Reference("string");
    public static readonly TypeRef Boolean = Value("bool");
    public static readonly TypeRef Int32 = Value("int");
    public static readonly TypeRef Int64 = Value("long");
    public static readonly TypeRef Single = Value("float");
    public static readonly TypeRef Double = Value("double");
    public static readonly TypeRef Decimal = Value("decimal");
    public static readonly TypeRef DateTimeOffset = Value("global::System.DateTimeOffset");

    /// <summary>
    /// <c>format: date</c>. DateOnly needs .NET 6 and its JSON converter System.Text.Json 7; every target this
    /// generator supports has both, so no fallback to string is kept.
    /// </summary>
    public static readonly TypeRef Date = Value("global::System.DateOnly");
    public static readonly TypeRef Guid = Value("global::System.Guid");
    public static readonly TypeRef Uri = Reference("global::System.Uri");
    public static readonly TypeRef Bytes = Reference("byte[]");
    public static readonly TypeRef Json = Value("global::System.Text.Json.JsonElement");

    /// <summary>Where an object keeps JSON properties its schema does not declare.</summary>
    public static readonly TypeRef AdditionalData = new() { Kind = TypeRefKind.Map, Name = "Map", Element = Json, IsNullable = true };

    /// <summary>The context property name for a built-in, the same names System.Text.Json's own generator uses.</summary>
    public static string InfoName(string name) => name switch
    {
        "string" => "String",
        "bool" => "Boolean",
        "int" => "Int32",
        "long" => "Int64",
        "float" => "Single",
        "double" => "Double",
        "decimal" => "Decimal",
        "global::System.DateTimeOffset" => "DateTimeOffset",
        "global::System.DateOnly" => "DateOnly",
        "global::System.Guid" => "Guid",
        "global::System.Uri" => "Uri",
        "byte[]" => "ByteArray",
        "global::System.Text.Json.JsonElement" => "JsonElement",
        _ => name,
    };

    /// <summary>The <c>JsonMetadataServices</c> converter property for a built-in.</summary>
    public static string ConverterName(string name) => InfoName(name) + "Converter";

    private static TypeRef Reference(string name) => new() { Kind = TypeRefKind.BuiltIn, Name = name };

    private static TypeRef Value(string name) => new() { Kind = TypeRefKind.BuiltIn, Name = name, IsValueType = true };
}
