using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiThreads.Generator.Parsing;

namespace OpenApiThreads.Generator.Tests.Coverage;

/// <summary>One operation as the document declares it, read from the raw JSON tree, not from the generator's model.</summary>
internal sealed record DeclaredOperation(string Pointer, string Method, string Path, string? OperationId, IReadOnlyList<DeclaredParameter> Parameters, bool HasBody);

/// <summary>A parameter, and whether the client may send it by itself (a required one with exactly one allowed value).</summary>
internal sealed record DeclaredParameter(string Name, string In, bool IsFixed);

internal static class DeclaredOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static List<DeclaredOperation> Read(JsonObject document)
    {
        var operations = new List<DeclaredOperation>();
        if (document["paths"] is not JsonObject paths)
        {
            return operations;
        }

        foreach ((string path, JsonNode? item) in paths)
        {
            if (Resolve(document, item) is not JsonObject pathItem)
            {
                continue;
            }

            foreach (string method in Methods)
            {
                if (pathItem[method] is not JsonObject operation)
                {
                    continue;
                }

                // Operation-level parameters override path-level ones with the same name and location.
                var parameters = new Dictionary<(string, string), JsonObject>();
                foreach (JsonNode? parameter in (pathItem["parameters"] as JsonArray ?? []).Concat(operation["parameters"] as JsonArray ?? []))
                {
                    if (Resolve(document, parameter) is JsonObject resolved && resolved["name"]?.GetValue<string>() is { } name && resolved["in"]?.GetValue<string>() is { } location)
                    {
                        parameters[(name, location)] = resolved;
                    }
                }

                bool body = operation["requestBody"] is not null || parameters.Keys.Any(k => k.Item2 is "body" or "formData");
                var declared = parameters
                    .Where(p => p.Key.Item2 is "path" or "query" or "header" or "cookie")
                    .Select(p => new DeclaredParameter(p.Key.Item1, p.Key.Item2, IsFixed(document, p.Value)))
                    .ToList();
                string pointer = "#/paths/" + JsonPointer.Escape(path) + "/" + method;
                operations.Add(new DeclaredOperation(pointer, method.ToUpperInvariant(), path, operation["operationId"]?.GetValue<string>(), declared, body));
            }
        }

        return operations;
    }

    private static bool IsFixed(JsonObject document, JsonObject parameter)
    {
        bool required = parameter["required"]?.GetValue<bool>() == true || parameter["in"]?.GetValue<string>() == "path";
        JsonObject? schema = Resolve(document, parameter["schema"]) as JsonObject ?? parameter;
        return required && (schema["const"] is not null || schema["enum"] is JsonArray { Count: 1 });
    }

    /// <summary>Follows a local <c>$ref</c> (several, if a reference points at another); null when it leads nowhere.</summary>
    public static JsonNode? Resolve(JsonObject document, JsonNode? node)
    {
        for (int hops = 0; hops < 16 && node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            node = document;
            foreach (string segment in reference[2..].Split('/'))
            {
                node = (node as JsonObject)?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }
        }

        return node;
    }
}
