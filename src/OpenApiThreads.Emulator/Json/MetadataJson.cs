using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>Writes a <c>metadata</c> map: string pairs in the order they were given.</summary>
internal static class MetadataJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> metadata)
    {
        writer.WriteStartObject("metadata");
        foreach (KeyValuePair<string, string> pair in metadata)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }
}
