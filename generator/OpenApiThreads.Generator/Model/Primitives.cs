using System;

namespace OpenApiThreads.Generator.Model;

/// <summary>The runtime types a schema maps to without generating anything.</summary>
internal enum PrimitiveKind
{
    /// <summary>Not a built-in: a generated type or a collection.</summary>
    None,
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    DateOnly,
    Guid,
    Uri,
    Bytes,
    JsonElement,
}

/// <summary>
/// Everything the emitters need to know about one primitive, in one row: its C# spelling, the JSON calls that
/// write and read it, and how it is spelled in a URI or header. Like System.Text.Json's own generator, a new
/// primitive is one new row rather than a new case in every emitter.
/// </summary>
internal sealed class Primitive
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    private static readonly Primitive[] Table =
    [
        new(PrimitiveKind.None, string.Empty, string.Empty, false, JsonTokenKind.Any, null, null, e => "(" + e + ".ToString() ?? string.Empty)"),
        new(PrimitiveKind.String, "string", "String", false, JsonTokenKind.String, e => "writer.WriteStringValue(" + e + ");", "reader.GetString()", e => e),
        new(PrimitiveKind.Boolean, "bool", "Boolean", true, JsonTokenKind.Boolean, e => "writer.WriteBooleanValue(" + e + ");", "reader.GetBoolean()", e => "(" + e + " ? \"true\" : \"false\")"),
        new(PrimitiveKind.Int32, "int", "Int32", true, JsonTokenKind.Integer, Number, "reader.GetInt32()", Culture),
        new(PrimitiveKind.Int64, "long", "Int64", true, JsonTokenKind.Integer, Number, "reader.GetInt64()", Culture),
        new(PrimitiveKind.Single, "float", "Single", true, JsonTokenKind.Number, Number, "reader.GetSingle()", Culture),
        new(PrimitiveKind.Double, "double", "Double", true, JsonTokenKind.Number, Number, "reader.GetDouble()", Culture),
        new(PrimitiveKind.Decimal, "decimal", "Decimal", true, JsonTokenKind.Number, Number, "reader.GetDecimal()", Culture),

        // RFC 3339, as OpenAPI's date-time format asks; "O" is its round-trip form.
        new(PrimitiveKind.DateTimeOffset, "global::System.DateTimeOffset", "DateTimeOffset", true, JsonTokenKind.String, e => "writer.WriteStringValue(" + e + ");", "reader.GetDateTimeOffset()", e => e + ".ToString(\"O\", " + Invariant + ")"),

        // RFC 3339 full-date; the serializer's own converter reads and writes the JSON.
        new(PrimitiveKind.DateOnly, "global::System.DateOnly", "DateOnly", true, JsonTokenKind.String, null, null, e => e + ".ToString(\"yyyy-MM-dd\", " + Invariant + ")"),
        new(PrimitiveKind.Guid, "global::System.Guid", "Guid", true, JsonTokenKind.String, e => "writer.WriteStringValue(" + e + ");", "reader.GetGuid()", e => e + ".ToString(\"D\", " + Invariant + ")"),

        // OriginalString: ToString() would unescape what the caller escaped.
        new(PrimitiveKind.Uri, "global::System.Uri", "Uri", false, JsonTokenKind.String, null, null, e => e + ".OriginalString"),
        new(PrimitiveKind.Bytes, "byte[]", "ByteArray", false, JsonTokenKind.String, e => "writer.WriteBase64StringValue(" + e + ");", "reader.GetBytesFromBase64()", e => "global::System.Convert.ToBase64String(" + e + ")"),

        // A string value as itself, anything else as its JSON text.
        new(PrimitiveKind.JsonElement, "json::JsonElement", "JsonElement", true, JsonTokenKind.Any, e => e + ".WriteTo(writer);", "json::JsonElement.ParseValue(ref reader)", e => e + ".ToString()"),
    ];

    private Primitive(PrimitiveKind kind, string name, string infoName, bool isValueType, JsonTokenKind tokenKind, Func<string, string>? write, string? read, Func<string, string> uriFormat)
    {
        Kind = kind;
        Name = name;
        InfoName = infoName;
        IsValueType = isValueType;
        TokenKind = tokenKind;
        _write = write;
        ReadCall = read;
        _uriFormat = uriFormat;
    }

    private readonly Func<string, string>? _write;
    private readonly Func<string, string> _uriFormat;

    public PrimitiveKind Kind { get; }

    /// <summary>The C# spelling: a keyword or a <c>global::</c> name.</summary>
    public string Name { get; }

    /// <summary>The context property name, the same System.Text.Json's own generator uses.</summary>
    public string InfoName { get; }

    public bool IsValueType { get; }

    /// <summary>The JSON token a value starts with, which tells union branches apart.</summary>
    public JsonTokenKind TokenKind { get; }

    /// <summary>The <c>Utf8JsonReader</c> call System.Text.Json's converter makes; null where only the converter reads it.</summary>
    public string? ReadCall { get; }

    /// <summary>The <c>JsonMetadataServices</c> converter property.</summary>
    public string ConverterName => InfoName + "Converter";

    public static Primitive Of(PrimitiveKind kind) => Table[(int)kind];

    /// <summary>The <c>Utf8JsonWriter</c> statement for a value; null where only the serializer writes it.</summary>
    public string? WriteCall(string expression) => _write?.Invoke(expression);

    /// <summary>
    /// The same write with its property name, in the one call <c>Utf8JsonWriter</c> has for it: every
    /// <c>writer.WriteXValue(e);</c> of the table has <c>writer.WriteX(name, e);</c>. Null where there is none (a
    /// <c>JsonElement</c> writes itself), and the name is written first.
    /// </summary>
    public string? PropertyWriteCall(string name, string expression)
    {
        const string Prefix = "writer.Write";
        const string Value = "Value(";
        string? call = WriteCall(expression);
        int value = call is not null && call.StartsWith(Prefix, StringComparison.Ordinal) ? call.IndexOf(Value, StringComparison.Ordinal) : -1;
        return value < 0 ? null : call!.Substring(0, value) + "(" + name + ", " + call.Substring(value + Value.Length);
    }

    /// <summary>The value as a URI or header carries it: the invariant culture and the spec's wire format.</summary>
    public string UriFormat(string expression) => _uriFormat(expression);

    private static string Number(string expression) => "writer.WriteNumberValue(" + expression + ");";

    private static string Culture(string expression) => expression + ".ToString(" + Invariant + ")";
}
