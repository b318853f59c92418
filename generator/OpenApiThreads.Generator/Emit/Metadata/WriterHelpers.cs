namespace OpenApiThreads.Generator.Emit.Metadata;

/// <summary>
/// What the fast-path writers (<see cref="FastPathEmitter"/>) share, written once into the context: a list, a map
/// and extension data each in one call, with the item written by a generated writer or a one-line lambda.
/// </summary>
internal static class WriterHelpers
{
    private const string Json = "json::";

    /// <summary>The names these helpers declare on the context, which no type's info property may take.</summary>
    public static readonly string[] MemberNames = ["WriteArray", "WriteMap", "WriteStrings", "WriteStringMap", "WriteAdditionalData", "WriteAdditionalDataEntries"];

    public static void Write(SourceWriter writer)
    {
        writer.WriteLines($$"""

                /// <summary>Writes a list as a JSON array (null as null), each item with <paramref name="writeItem"/>.</summary>
                internal static void WriteArray<T>({{Json}}Utf8JsonWriter writer, generic::IList<T>? list, global::System.Action<{{Json}}Utf8JsonWriter, T> writeItem)
                {
                    if (list is null)
                    {
                        writer.WriteNullValue();
                        return;
                    }

                    writer.WriteStartArray();

                    // By index: a foreach over IList<T> would box the enumerator.
                    for (int i = 0; i < list.Count; i++)
                    {
                        writeItem(writer, list[i]);
                    }

                    writer.WriteEndArray();
                }

                /// <summary>Writes a map as a JSON object (null as null), each value with <paramref name="writeValue"/>.</summary>
                internal static void WriteMap<T>({{Json}}Utf8JsonWriter writer, generic::IDictionary<string, T>? map, global::System.Action<{{Json}}Utf8JsonWriter, T> writeValue)
                {
                    if (map is null)
                    {
                        writer.WriteNullValue();
                        return;
                    }

                    writer.WriteStartObject();

                    // The concrete Dictionary (what reading creates) is enumerated without boxing; any other through the interface.
                    if (map is generic::Dictionary<string, T> concrete)
                    {
                        foreach (generic::KeyValuePair<string, T> pair in concrete)
                        {
                            writer.WritePropertyName(pair.Key);
                            writeValue(writer, pair.Value);
                        }
                    }
                    else
                    {
                        foreach (generic::KeyValuePair<string, T> pair in map)
                        {
                            writer.WritePropertyName(pair.Key);
                            writeValue(writer, pair.Value);
                        }
                    }

                    writer.WriteEndObject();
                }

                /// <summary>Writes a list of strings as a JSON array (null as null).</summary>
                internal static void WriteStrings({{Json}}Utf8JsonWriter writer, generic::IList<string>? list)
                {
                    if (list is null)
                    {
                        writer.WriteNullValue();
                        return;
                    }

                    writer.WriteStartArray();
                    for (int i = 0; i < list.Count; i++)
                    {
                        writer.WriteStringValue(list[i]);
                    }

                    writer.WriteEndArray();
                }

                /// <summary>Writes a map of strings as a JSON object (null as null).</summary>
                internal static void WriteStringMap({{Json}}Utf8JsonWriter writer, generic::IDictionary<string, string>? map)
                {
                    if (map is null)
                    {
                        writer.WriteNullValue();
                        return;
                    }

                    writer.WriteStartObject();
                    if (map is generic::Dictionary<string, string> concrete)
                    {
                        foreach (generic::KeyValuePair<string, string> pair in concrete)
                        {
                            writer.WriteString(pair.Key, pair.Value);
                        }
                    }
                    else
                    {
                        foreach (generic::KeyValuePair<string, string> pair in map)
                        {
                            writer.WriteString(pair.Key, pair.Value);
                        }
                    }

                    writer.WriteEndObject();
                }

                /// <summary>Writes an object's extension data, if any, as properties of the object being written.</summary>
                // Inlined, so an object without extension data (the usual case) pays only the null check.
                [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
                internal static void WriteAdditionalData({{Json}}Utf8JsonWriter writer, generic::IDictionary<string, {{Json}}JsonElement>? additionalData)
                {
                    if (additionalData is not null)
                    {
                        WriteAdditionalDataEntries(writer, additionalData);
                    }
                }

                private static void WriteAdditionalDataEntries({{Json}}Utf8JsonWriter writer, generic::IDictionary<string, {{Json}}JsonElement> additionalData)
                {
                    if (additionalData is generic::Dictionary<string, {{Json}}JsonElement> concrete)
                    {
                        foreach (generic::KeyValuePair<string, {{Json}}JsonElement> pair in concrete)
                        {
                            writer.WritePropertyName(pair.Key);
                            pair.Value.WriteTo(writer);
                        }

                        return;
                    }

                    foreach (generic::KeyValuePair<string, {{Json}}JsonElement> pair in additionalData)
                    {
                        writer.WritePropertyName(pair.Key);
                        pair.Value.WriteTo(writer);
                    }
                }
            """);
    }
}
