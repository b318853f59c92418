namespace OpenApiThreads.Generator.Emit.Metadata;

/// <summary>
/// What every string enum struct shares, written once into the context: one generic converter built with the enum's
/// constructor, instead of a converter class per enum. The readers and writers call the same code directly.
/// </summary>
internal static class StringEnumSupport
{
    private const string Json = "json::";
    private const string Meta = "metadata::";

    /// <summary>The factory body of a string enum's metadata.</summary>
    public static string Metadata(string typeName) => "StringEnumMetadata(options, " + Create(typeName) + ")";

    /// <summary>The expression that reads a string enum at the reader (a generated reader's body).</summary>
    public static string Read(string typeName) => "ReadStringEnum(ref reader, " + Create(typeName) + ")";

    /// <summary>The statement that writes a string enum held by <paramref name="expression"/> (not null).</summary>
    public static string Write(string expression) => "writer.WriteStringValue(" + expression + ".Value);";

    private static string Create(string typeName) => "static value => new " + typeName + "(value)";

    public static void Write(SourceWriter writer)
    {
        writer.WriteLines($$"""

                /// <summary>A string enum's metadata: any string reads, and writes back as it was.</summary>
                private static {{Meta}}JsonTypeInfo<T> StringEnumMetadata<T>({{Json}}JsonSerializerOptions options, global::System.Func<string, T> create)
                    where T : struct
                    => {{Meta}}JsonMetadataServices.CreateValueInfo<T>(options, new StringEnumConverter<T>(create));

                /// <summary>Reads and writes a string enum as the JSON string it wraps, whatever its value.</summary>
                private sealed class StringEnumConverter<T> : {{Json}}Serialization.JsonConverter<T>
                    where T : struct
                {
                    private readonly global::System.Func<string, T> _create;

                    public StringEnumConverter(global::System.Func<string, T> create) => _create = create;

                    /// <inheritdoc/>
                    public override T Read(ref {{Json}}Utf8JsonReader reader, global::System.Type typeToConvert, {{Json}}JsonSerializerOptions options)
                        => ReadStringEnum(ref reader, _create);

                    // A string enum's ToString is its Value; on a struct it is called without boxing.
                    /// <inheritdoc/>
                    public override void Write({{Json}}Utf8JsonWriter writer, T value, {{Json}}JsonSerializerOptions options)
                        => writer.WriteStringValue(value.ToString());
                }

                /// <summary>Reads a string enum from a JSON string; any other token is an error that names the enum.</summary>
                internal static T ReadStringEnum<T>(ref {{Json}}Utf8JsonReader reader, global::System.Func<string, T> create)
                {
                    if (reader.TokenType != {{Json}}JsonTokenType.String)
                    {
                        throw new {{Json}}JsonException("Expected a string for " + typeof(T).Name + ", found " + reader.TokenType + ".");
                    }

                    return create(reader.GetString()!);
                }
            """);
    }
}
