using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace OpenApiThreads.Generator.Tests.Stripe;

/// <summary>
/// A small, valid document cut from a large one: the chosen operations, everything their local <c>$ref</c>s reach
/// (transitively), and the document's servers and security.
/// </summary>
internal static class SubDocument
{
    /// <summary>
    /// The operations named, with their parameters and request bodies exactly as declared. With
    /// <paramref name="opaqueResponses"/>, each response body's schema becomes a plain object: Stripe's response
    /// schemas reach 481 of its components through expandable fields (1.1 MB, ~50 s to generate and compile), while
    /// its request bodies use no <c>$ref</c> at all.
    /// </summary>
    public static JsonObject Extract(JsonObject document, bool opaqueResponses, params string[] operationIds)
    {
        var result = new JsonObject();
        foreach (string key in new[] { "openapi", "info", "servers", "security" })
        {
            if (document[key] is { } value)
            {
                result[key] = value.DeepClone();
            }
        }

        var paths = new JsonObject();
        var wanted = new HashSet<string>(operationIds, StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var kept = new JsonObject();
            foreach (var (key, value) in item!.AsObject())
            {
                if (value?["operationId"]?.GetValue<string>() is { } id && wanted.Remove(id))
                {
                    JsonNode operation = value.DeepClone();
                    if (opaqueResponses)
                    {
                        MakeOpaque(operation);
                    }

                    kept[key] = operation;
                }
            }

            if (kept.Count > 0)
            {
                foreach (var (key, value) in item.AsObject().Where(p => p.Key is "parameters" or "servers"))
                {
                    kept[key] = value?.DeepClone();
                }

                paths[path] = kept;
            }
        }

        if (wanted.Count > 0)
        {
            throw new ArgumentException("No such operation: " + string.Join(", ", wanted.Order(StringComparer.Ordinal)), nameof(operationIds));
        }

        result["paths"] = paths;
        if (document["components"]?["securitySchemes"] is { } schemes)
        {
            Place(result, ["components", "securitySchemes"], schemes.DeepClone());
        }

        // Each copied $ref target is itself walked, so the closure is complete; a target already placed is not copied again.
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>();
        pending.Push(result);
        while (pending.Count > 0)
        {
            foreach (string reference in References(pending.Pop()).Where(placed.Add))
            {
                string[] tokens = reference[2..].Split('/').Select(Unescape).ToArray();
                JsonNode target = tokens.Aggregate((JsonNode?)document, (node, token) => node?[token])
                    ?? throw new InvalidOperationException("Unresolved $ref " + reference);
                JsonNode copy = target.DeepClone();
                Place(result, tokens, copy);
                pending.Push(copy);
            }
        }

        return result;
    }

    /// <summary>The local references under a node (<c>#/components/...</c>), in document order.</summary>
    private static IEnumerable<string> References(JsonNode node)
    {
        var stack = new Stack<JsonNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "$ref" && value is JsonValue v && v.TryGetValue(out string? text) && text.StartsWith("#/", StringComparison.Ordinal))
                        {
                            yield return text;
                        }
                        else if (value is not null)
                        {
                            stack.Push(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? item in array)
                    {
                        if (item is not null)
                        {
                            stack.Push(item);
                        }
                    }

                    break;
            }
        }
    }

    private static void MakeOpaque(JsonNode operation)
    {
        foreach (var (_, response) in operation["responses"]?.AsObject() ?? [])
        {
            foreach (var (_, media) in response?["content"]?.AsObject() ?? [])
            {
                if (media is JsonObject body && body.ContainsKey("schema"))
                {
                    body["schema"] = new JsonObject { ["type"] = "object" };
                }
            }
        }
    }

    private static void Place(JsonObject root, IReadOnlyList<string> tokens, JsonNode value)
    {
        JsonObject parent = root;
        foreach (string token in tokens.Take(tokens.Count - 1))
        {
            if (parent[token] is not JsonObject next)
            {
                parent[token] = next = new JsonObject();
            }

            parent = next;
        }

        parent[tokens[^1]] = value;
    }

    private static string Unescape(string token) => Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
