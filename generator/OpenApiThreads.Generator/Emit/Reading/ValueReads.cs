using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit.Reading;

/// <summary>
/// How a generated reader reads one value at the reader, as the metadata would: JSON null gives null wherever the C#
/// type can hold it, and a wrong token is an error. A primitive is read in place; a generated type by its own
/// <c>Read_X</c>; a list or map by the context's <c>ReadList</c>/<c>ReadMap</c> with a reader per element, so a
/// collection costs one call instead of a loop in every object that holds one.
/// </summary>
internal static class ValueReads
{
    private const string Json = "json::";
    private const string Token = Json + "JsonTokenType";

    /// <summary>The statement that reads the value at the reader into <paramref name="target"/>.</summary>
    public static string Assignment(TypeRef type, string target, string ns)
    {
        string bang = type.IsValueType ? string.Empty : "!";
        if (type.Kind != TypeRefKind.BuiltIn)
        {
            return target + " = " + Call(type, ns) + bang + ";";
        }

        string read = PrimitiveRead(type);
        return Nullable(type)
            ? target + " = reader.TokenType == " + Token + ".Null ? null" + bang + " : " + read + bang + ";"
            : target + " = " + read + bang + ";";
    }

    /// <summary>
    /// The read of a built-in as an expression, with its null check, for the context's element readers
    /// (<see cref="CollectionReadSupport"/>).
    /// </summary>
    public static string PrimitiveExpression(TypeRef type, string ns)
        => Nullable(type) ? "reader.TokenType == " + Token + ".Null ? null : " + PrimitiveRead(type) : PrimitiveRead(type);

    // A string needs no check: GetString gives null for JSON null.
    private static bool Nullable(TypeRef type) => type.IsValueType ? type.IsNullable : type.Primitive != PrimitiveKind.String;

    private static string PrimitiveRead(TypeRef type)
        => type.Facts.ReadCall ?? "metadata::JsonMetadataServices." + type.Facts.ConverterName + ".Read(ref reader, typeof(" + type.AsNonNullable().ToCSharp().TrimEnd('?') + "), options)";

    /// <summary>The call that reads a generated type, a list or a map (null where the JSON is null).</summary>
    private static string Call(TypeRef type, string ns)
    {
        if (type.Kind == TypeRefKind.Generated)
        {
            return FastReadEmitter.ReaderName(type) + "(ref reader, options)";
        }

        TypeRef element = type.Element!;

        // Inferred from the element's reader, T would lose a nullable annotation (IList<string?> is not IList<string>)
        // and a nested collection's interface; otherwise the element reader names it.
        string typeArgument = element.IsNullable || element.Kind is TypeRefKind.List or TypeRefKind.Map
            ? "<" + element.ToCSharp() + ">"
            : string.Empty;
        return (type.Kind == TypeRefKind.List ? "ReadList" : "ReadMap") + typeArgument + "(ref reader, options, " + ElementReader(element, ns) + ")";
    }

    /// <summary>
    /// A <c>FastReader&lt;T&gt;</c> for the elements: a static method group, or a static lambda for a nested
    /// collection; the compiler caches both, so reading allocates no delegate.
    /// </summary>
    private static string ElementReader(TypeRef element, string ns) => element.Kind switch
    {
        TypeRefKind.Generated or TypeRefKind.BuiltIn => FastReadEmitter.ReaderName(element),
        _ => "static (ref " + Json + "Utf8JsonReader reader, " + Json + "JsonSerializerOptions options) => " + Call(element, ns),
    };
}
