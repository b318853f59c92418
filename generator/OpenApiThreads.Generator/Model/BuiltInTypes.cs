namespace OpenApiThreads.Generator.Model;

/// <summary>The <see cref="TypeRef"/> of each primitive; what they mean on the wire is in <see cref="Primitive"/>.</summary>
internal static class BuiltInTypes
{
    public static readonly TypeRef String = Of(PrimitiveKind.String);
    public static readonly TypeRef Boolean = Of(PrimitiveKind.Boolean);
    public static readonly TypeRef Int32 = Of(PrimitiveKind.Int32);
    public static readonly TypeRef Int64 = Of(PrimitiveKind.Int64);
    public static readonly TypeRef Single = Of(PrimitiveKind.Single);
    public static readonly TypeRef Double = Of(PrimitiveKind.Double);
    public static readonly TypeRef Decimal = Of(PrimitiveKind.Decimal);
    public static readonly TypeRef DateTimeOffset = Of(PrimitiveKind.DateTimeOffset);

    /// <summary>
    /// <c>format: date</c>. DateOnly needs .NET 6 and its JSON converter System.Text.Json 7; every target this
    /// generator supports has both, so no fallback to string is kept.
    /// </summary>
    public static readonly TypeRef Date = Of(PrimitiveKind.DateOnly);
    public static readonly TypeRef Guid = Of(PrimitiveKind.Guid);
    public static readonly TypeRef Uri = Of(PrimitiveKind.Uri);
    public static readonly TypeRef Bytes = Of(PrimitiveKind.Bytes);
    public static readonly TypeRef Json = Of(PrimitiveKind.JsonElement);

    /// <summary>Where an object keeps JSON properties its schema does not declare.</summary>
    public static readonly TypeRef AdditionalData = new() { Kind = TypeRefKind.Map, Name = "Map", Element = Json, IsNullable = true };

    private static TypeRef Of(PrimitiveKind kind)
    {
        Primitive primitive = Primitive.Of(kind);
        return new() { Kind = TypeRefKind.BuiltIn, Name = primitive.Name, Primitive = kind, IsValueType = primitive.IsValueType };
    }
}
