using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing.References;

/// <summary>
/// The translator names types after component schemas, so a schema <c>$ref</c> that points deeper (into a
/// <c>$defs</c>, a property of another schema, a response's schema under <c>paths</c>) gets a component of its own:
/// the target is copied to <c>components/schemas</c> (<c>definitions</c> in Swagger 2.0) once, named after its key,
/// and every reference to it points there. What is reported about the copy points at the original.
/// </summary>
internal static class DeepReferences
{
    // Keys that say where a schema sits rather than what it is; a name is made of the other segments.
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "components", "schemas", "definitions", "$defs", "properties", "items", "allOf", "oneOf", "anyOf", "not",
        "additionalProperties", "patternProperties", "prefixItems", "schema", "content", "paths", "responses",
        "parameters", "requestBody", "requestBodies",
    };

    /// <summary>Whether a local reference goes deeper than a component (or a Swagger 2.0 definition).</summary>
    public static bool IsDeep(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return false;
        }

        string[] segments = JsonPointer.Split(reference);
        return segments.Length > 0 && segments[0] switch
        {
            "components" => segments.Length > 3,
            "definitions" or "parameters" or "responses" => segments.Length > 2,
            _ => true,
        };
    }

    public static void Hoist(JsonObject document, DiagnosticBag diagnostics)
    {
        bool swagger2 = document.ContainsKey("swagger");
        string containerPointer = swagger2 ? "/definitions" : "/components/schemas";
        var hoisted = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<(JsonNode Node, string Key, string ParentKey, bool ParentIsArray)>();
        pending.Push((document, string.Empty, string.Empty, false));
        while (pending.Count > 0)
        {
            var (node, key, parentKey, parentIsArray) = pending.Pop();
            if (node is JsonArray array)
            {
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        pending.Push((item, "0", key, true));
                    }
                }

                continue;
            }

            if (node is not JsonObject obj)
            {
                continue;
            }

            if (obj["$ref"] is JsonValue value && value.TryGetValue(out string? reference) && IsDeep(reference)
                && SchemaPositions.IsSchema(key, parentKey, parentIsArray))
            {
                string target = reference.Substring(1);
                if (!hoisted.TryGetValue(target, out string? local) && ExternalReferences.Navigate(document, target) is JsonObject schema)
                {
                    JsonObject container = Container(document, swagger2);
                    string name = UniqueName(container, target);
                    JsonNode copy = schema.DeepClone();
                    container[name] = copy;
                    local = containerPointer + "/" + JsonPointer.Escape(name);
                    hoisted[target] = local;
                    diagnostics.Moved(local, target);
                    pending.Push((copy, name, "schemas", false));
                }

                if (local is not null)
                {
                    obj["$ref"] = "#" + local;
                }
            }

            foreach (KeyValuePair<string, JsonNode?> property in obj)
            {
                if (property.Value is not null && !SchemaPositions.IsData(property.Key, property.Value, key))
                {
                    pending.Push((property.Value, property.Key, key, false));
                }
            }
        }
    }

    private static JsonObject Container(JsonObject document, bool swagger2)
    {
        JsonObject current = document;
        foreach (string segment in swagger2 ? ["definitions"] : new[] { "components", "schemas" })
        {
            if (current[segment] is not JsonObject next)
            {
                next = new JsonObject();
                current[segment] = next;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The last meaningful segment (<c>Node</c> for <c>…/$defs/Node</c>), else the meaningful ones joined.</summary>
    private static string UniqueName(JsonObject container, string pointer)
    {
        List<string> meaningful = JsonPointer.Split(pointer)
            .Where(s => !Structural.Contains(s) && !s.All(char.IsDigit) && !s.StartsWith("application", StringComparison.Ordinal))
            .ToList();
        if (meaningful.Count == 0)
        {
            meaningful.Add("Schema");
        }

        string last = meaningful[meaningful.Count - 1];
        if (!container.ContainsKey(last))
        {
            return last;
        }

        string joined = string.Join("_", meaningful.Select(Identifiers.ToPascalCase));
        string candidate = joined;
        for (int n = 2; container.ContainsKey(candidate); n++)
        {
            candidate = joined + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
