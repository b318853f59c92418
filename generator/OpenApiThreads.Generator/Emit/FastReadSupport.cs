using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// What every <see cref="FastReadEmitter"/> reader shares, written once into the context: when the fast path may
/// run, stepping the reader, the errors, reading a whole document with it, and (in <c>Reading/</c>) matching an
/// object's properties and reading lists and maps.
/// </summary>
internal static class FastReadSupport
{
    private const string Json = "json::";
    private const string Meta = "metadata::";

    public static void Write(SourceWriter writer, System.Collections.Generic.IEnumerable<TypeRef> contextTypes)
    {
        writer.WriteLines($$"""

                /// <summary>Reads one JSON value of <typeparamref name="T"/> at the reader, which is on its first token.</summary>
                internal delegate T? FastReader<T>(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options);

                /// <summary>
                /// The generated readers and writers assume the default options (exact property names, numbers as
                /// numbers, no converters added); any other options go through the metadata, which honours them.
                /// </summary>
                internal static bool UsesOwnOptions({{Json}}JsonSerializerOptions options) => ReferenceEquals(options, Default.Options);

                /// <summary>One instance per enum or union converter, for the readers that call it directly.</summary>
                internal static class ConverterOf<TConverter>
                    where TConverter : {{Json}}Serialization.JsonConverter, new()
                {
                    internal static readonly TConverter Instance = new();
                }

                /// <summary>
                /// Reads an enum or union through its converter, without the serializer around it; JSON null is null for
                /// a union, as the serializer gives it without asking the converter.
                /// </summary>
                internal static T? ReadWith<T, TConverter>(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options)
                    where TConverter : {{Json}}Serialization.JsonConverter<T>, new()
                    => default(T) is null && reader.TokenType == {{Json}}JsonTokenType.Null
                        ? default
                        : ConverterOf<TConverter>.Instance.Read(ref reader, typeof(T), options);

                /// <summary>Writes an enum or union through its converter, without the serializer around it.</summary>
                internal static void WriteWith<T, TConverter>({{Json}}Utf8JsonWriter writer, T value)
                    where TConverter : {{Json}}Serialization.JsonConverter<T>, new()
                {
                    if (value is null)
                    {
                        writer.WriteNullValue();
                        return;
                    }

                    ConverterOf<TConverter>.Instance.Write(writer, value, Default.Options);
                }

                /// <summary>Moves to the next token; the value is complete in memory, so running out means it was cut short.</summary>
                internal static void ReadNext(ref {{Json}}Utf8JsonReader reader)
                {
                    if (!reader.Read())
                    {
                        throw new {{Json}}JsonException("The JSON ended in the middle of a value.");
                    }
                }

                internal static void ExpectToken(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonTokenType expected, global::System.Type type)
                {
                    if (reader.TokenType != expected)
                    {
                        throw new {{Json}}JsonException("The JSON value could not be converted to " + type.FullName + ": expected " + expected + ", found " + reader.TokenType + ".");
                    }
                }

                /// <summary>
                /// Reads a whole document with a generated reader, with the checks JsonSerializer.Deserialize makes: an
                /// optional byte order mark, one value and nothing after it. The reader's own errors for a wrong token
                /// kind become JsonException, as the serializer makes them.
                /// </summary>
                internal static T? ReadDocument<T>(global::System.ReadOnlySpan<byte> utf8Json, FastReader<T> read, {{Meta}}JsonTypeInfo<T> typeInfo)
                {
                    try
                    {
                        return ReadDocument(utf8Json, read);
                    }
                    catch ({{Json}}JsonException)
                    {
                        // Only bad input gets here. The serializer's error names the JSON path and position, which
                        // the generated reader does not track, so the metadata reads it again to report it.
                        return {{Json}}JsonSerializer.Deserialize(utf8Json, typeInfo);
                    }
                }

                /// <summary>As above, without the second read: the generated reader's own errors.</summary>
                internal static T? ReadDocument<T>(global::System.ReadOnlySpan<byte> utf8Json, FastReader<T> read)
                {
                    if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
                    {
                        utf8Json = utf8Json.Slice(3);
                    }

                    var reader = new {{Json}}Utf8JsonReader(utf8Json);
                    try
                    {
                        ReadNext(ref reader);
                        T? value = read(ref reader, Default.Options);
                        if (reader.Read())
                        {
                            throw new {{Json}}JsonException("Unexpected " + reader.TokenType + " after the JSON value.");
                        }

                        return value;
                    }
                    catch (global::System.InvalidOperationException exception)
                    {
                        throw new {{Json}}JsonException(exception.Message, exception);
                    }
                    catch (global::System.FormatException exception)
                    {
                        throw new {{Json}}JsonException(exception.Message, exception);
                    }
                }
            """);
        Reading.PropertyTableSupport.Write(writer, System.Linq.Enumerable.Contains(contextTypes, BuiltInTypes.AdditionalData.RuntimeType));
        Reading.CollectionReadSupport.Write(writer);
    }
}
