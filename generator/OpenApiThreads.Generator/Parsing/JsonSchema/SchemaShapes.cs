using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Parsing.References;

namespace OpenApiThreads.Generator.Parsing.JsonSchema;

/// <summary>
/// JSON Schema 2020-12 shapes that have a close C# type, rewritten to the spelling the translator reads before the
/// OpenAPI reader runs:
/// <list type="bullet">
/// <item><c>patternProperties</c> is a map (C# cannot check keys against a pattern; the server does). Several
/// patterns with the same value schema are one map; different ones make a map of JsonElement, with a warning.</item>
/// <item><c>unevaluatedProperties</c> is what <c>additionalProperties</c> would say when that is absent.</item>
/// <item><c>prefixItems</c> (a tuple) is a list of the one schema all positions share, else of JsonElement with a
/// warning that the positions are not typed.</item>
/// <item>A 3.1 <c>$ref</c> with siblings that constrain it (<c>type: [X, "null"]</c>, <c>properties</c>, …) becomes
/// <c>allOf: [$ref]</c> beside them: the reader keeps only annotations beside a reference.</item>
/// </list>
/// </summary>
internal static class SchemaShapes
{
    // Beside a $ref, these only describe it; the reader keeps them on the reference itself.
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$ref", "description", "summary", "title", "$comment", "deprecated", "readOnly", "writeOnly", "default", "examples",
        "example", "$defs", "$id", "$anchor", "$dynamicAnchor", "$schema", "externalDocs", "xml",
    };

    /// <summary>Whether a 3.0 or 2.0 text uses any of the keywords (the walk is for 3.1 documents, and those that borrow them).</summary>
    public static bool Mentioned(string text)
        => text.IndexOf("patternProperties", StringComparison.Ordinal) >= 0
            || text.IndexOf("unevaluatedProperties", StringComparison.Ordinal) >= 0
            || text.IndexOf("prefixItems", StringComparison.Ordinal) >= 0;

    public static void Rewrite(JsonObject document, bool jsonSchema2020, DiagnosticBag diagnostics)
    {
        var pending = new Stack<(JsonNode Node, string Pointer, string Key, string ParentKey, bool ParentIsArray)>();
        pending.Push((document, string.Empty, string.Empty, string.Empty, false));
        while (pending.Count > 0)
        {
            var (node, pointer, key, parentKey, parentIsArray) = pending.Pop();
            if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        string index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        pending.Push((item, pointer + "/" + index, index, key, true));
                    }
                }

                continue;
            }

            if (node is not JsonObject obj)
            {
                continue;
            }

            if (SchemaPositions.IsSchema(key, parentKey, parentIsArray))
            {
                Reshape(obj, pointer, key, jsonSchema2020, diagnostics);
            }

            foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
            {
                if (property.Value is not null && !SchemaPositions.IsData(property.Key, property.Value, key))
                {
                    pending.Push((property.Value, pointer + "/" + JsonPointer.Escape(property.Key), property.Key, key, false));
                }
            }
        }
    }

    private static void Reshape(JsonObject schema, string pointer, string name, bool jsonSchema2020, DiagnosticBag diagnostics)
    {
        if (schema["patternProperties"] is JsonObject patterns && patterns.Count > 0)
        {
            // The map holds what the patterns allow and what additionalProperties allows (nothing, when false).
            var values = patterns.Select(p => p.Value).ToList();
            switch (schema["additionalProperties"])
            {
                case JsonObject additional:
                    values.Add(additional);
                    break;
                case JsonValue open when open.TryGetValue(out bool allowed) && allowed:
                    values.Add(new JsonObject());
                    break;
            }

            JsonNode? common = Common(values);
            if (common is null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/patternProperties", Name(name), "patternProperties with different value schemas", "it is a map of JsonElement");
            }

            schema.Remove("patternProperties");
            schema["additionalProperties"] = common?.DeepClone() ?? new JsonObject();
        }

        if (schema.ContainsKey("unevaluatedProperties"))
        {
            JsonNode? unevaluated = schema["unevaluatedProperties"];
            schema.Remove("unevaluatedProperties");
            if (!schema.ContainsKey("additionalProperties") && unevaluated is not null)
            {
                schema["additionalProperties"] = unevaluated;
            }
        }

        if (schema["prefixItems"] is JsonArray tuple)
        {
            var values = tuple.ToList();
            if (schema["items"] is JsonObject rest)
            {
                values.Add(rest);
            }

            JsonNode? common = Common(values);
            if (common is null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/prefixItems", Name(name), "a tuple (prefixItems) whose positions have different schemas", "it is a list of JsonElement, so each position is not typed");
            }

            schema.Remove("prefixItems");
            schema["items"] = common?.DeepClone() ?? new JsonObject();
            if (!schema.ContainsKey("type"))
            {
                schema["type"] = "array";
            }
        }

        if (jsonSchema2020 && schema.ContainsKey("$ref") && schema.Any(p => !Annotations.Contains(p.Key) && !p.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            WrapReference(schema);
        }
    }

    private static string Name(string key) => key.Length == 0 || key.All(char.IsDigit) ? "a schema" : key;

    /// <summary>The one schema all <paramref name="values"/> are, ignoring what only describes them; null when they differ.</summary>
    private static JsonNode? Common(List<JsonNode?> values)
    {
        if (values.Count == 0 || values.Any(v => v is null))
        {
            return values.Count == 0 ? new JsonObject() : null;
        }

        JsonNode first = Strip(values[0]!);
        return values.Skip(1).All(v => JsonNode.DeepEquals(first, Strip(v!))) ? values[0] : null;
    }

    private static JsonNode Strip(JsonNode value)
    {
        if (value is not JsonObject obj)
        {
            return value;
        }

        var copy = (JsonObject)obj.DeepClone();
        foreach (string key in new[] { "description", "title", "example", "examples", "$comment" })
        {
            copy.Remove(key);
        }

        return copy;
    }

    /// <summary><c>{$ref: X, type: [object, "null"], …}</c> → <c>{allOf: [{$ref: X}], type: [object, "null"], …}</c>.</summary>
    private static void WrapReference(JsonObject schema)
    {
        JsonNode? reference = schema["$ref"];
        schema.Remove("$ref");
        var parts = new JsonArray(new JsonObject { ["$ref"] = reference });
        if (schema["allOf"] is JsonArray existing)
        {
            foreach (JsonNode? part in existing.ToArray())
            {
                existing.Remove(part);
                parts.Add(part);
            }
        }

        schema["allOf"] = parts;
    }
}
