using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// OpenAPI 3.0 writes a nullable reference as <c>{nullable: true, allOf: [{$ref: …}]}</c>. Microsoft.OpenApi's 3.0
/// reader turns <c>nullable</c> into a null type only when the schema also has a <c>type</c>, and drops it otherwise,
/// so the property could never be sent as an explicit null. Before reading, such schemas get the <c>x-nullable</c>
/// extension the reader keeps (Swagger 2.0's spelling of the same thing), which <see cref="SchemaFacts.AllowsNull"/> reads.
/// The shorter <c>{$ref: …, nullable: true}</c> is common too (OpenAI's <c>response_format</c>), but a 3.0 reader
/// drops every sibling of a <c>$ref</c>, so the nullability was lost without a word: it is rewritten to the allOf
/// spelling first.
/// </summary>
internal static class NullableWithoutType
{
    public const string Extension = "x-nullable";

    /// <summary>
    /// The Swagger 2.0 reader consumes <c>x-nullable</c> itself (adding null to a schema's type, and dropping it when
    /// there is no type), so the wrapper made for a <c>$ref</c> carries this extension as well.
    /// </summary>
    public const string WrapperExtension = "x-openapithreads-nullable";

    public static void Mark(JsonObject document)
    {
        if (document.ContainsKey("swagger"))
        {
            MarkSwagger2(document);
            return;
        }

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
                    if (obj.ContainsKey("$ref") && IsTrue(obj["nullable"]))
                    {
                        WrapReference(obj);
                    }

                    foreach (KeyValuePair<string, JsonNode?> property in obj)
                    {
                        if (property.Value is not null)
                        {
                            pending.Push(property.Value);
                        }
                    }

                    if (IsTrue(obj["nullable"]) && !obj.ContainsKey("type") && !obj.ContainsKey(Extension))
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

    /// <summary>
    /// Swagger 2.0 spells it <c>x-nullable: true</c>, which the reader keeps as an extension, except beside a
    /// <c>$ref</c>, where every sibling is dropped: <c>{$ref: X, x-nullable: true}</c> becomes the allOf spelling.
    /// </summary>
    private static void MarkSwagger2(JsonObject document)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            JsonNode node = pending.Pop();
            if (node is JsonObject obj && obj.ContainsKey("$ref") && IsTrue(obj[Extension]))
            {
                WrapReference(obj);
                obj[WrapperExtension] = true;
            }

            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => Enumerable.Empty<JsonNode?>(),
            };
            foreach (JsonNode? child in children)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.TryGetValue(out bool flag) && flag;

    /// <summary><c>{$ref: X, nullable: true, …}</c> → <c>{allOf: [{$ref: X}], nullable: true, …}</c>.</summary>
    private static void WrapReference(JsonObject obj)
    {
        JsonNode? reference = obj["$ref"];
        obj.Remove("$ref");
        JsonNode? allOf = obj["allOf"];
        obj.Remove("allOf");
        var parts = new JsonArray(new JsonObject { ["$ref"] = reference });
        if (allOf is JsonArray existing)
        {
            // A $ref beside an allOf is one more part of it.
            foreach (JsonNode? part in existing.ToArray())
            {
                existing.Remove(part);
                parts.Add(part);
            }
        }

        obj["allOf"] = parts;
    }
}
