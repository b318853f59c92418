using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// OpenAPI 3.0 writes a nullable reference as <c>{nullable: true, allOf: [{$ref: …}]}</c>. Microsoft.OpenApi's 3.0
/// reader turns <c>nullable</c> into a null type only when the schema also has a <c>type</c>, and drops it otherwise,
/// so the property could never be sent as an explicit null. Before reading, such schemas get the <c>x-nullable</c>
/// extension the reader keeps (Swagger 2.0's spelling of the same thing), which <see cref="SchemaFacts.AllowsNull"/> reads.
/// </summary>
internal static class NullableWithoutType
{
    public const string Extension = "x-nullable";

    public static void Mark(JsonObject document)
    {
        if (document["openapi"] is not JsonValue version || !version.TryGetValue(out string? text) || !text.StartsWith("3.0", System.StringComparison.Ordinal))
        {
            return;
        }

        // A stack, not recursion: a document may nest deeper than the generator's stack allows.
        var pending = new Stack<JsonNode>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    foreach (KeyValuePair<string, JsonNode?> property in obj)
                    {
                        if (property.Value is not null)
                        {
                            pending.Push(property.Value);
                        }
                    }

                    if (obj["nullable"] is JsonValue nullable && nullable.TryGetValue(out bool isNullable) && isNullable
                        && !obj.ContainsKey("type") && !obj.ContainsKey(Extension))
                    {
                        obj[Extension] = true;
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? item in array)
                    {
                        if (item is not null)
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }
    }
}
