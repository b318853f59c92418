using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenApiThreads.Generator.Parsing.References;

/// <summary>
/// Where in a document a schema is expected, judged from the keys above a node. The rewrites before the OpenAPI
/// reader runs use it to tell a schema <c>$ref</c> (which may become a component schema) from one to a parameter,
/// response or path item (which is copied in place).
/// </summary>
internal static class SchemaPositions
{
    private static readonly HashSet<string> SchemaKeys = new(StringComparer.Ordinal)
    {
        "schema", "items", "additionalProperties", "not", "unevaluatedProperties", "unevaluatedItems", "contains",
        "propertyNames", "if", "then", "else", "contentSchema", "additionalItems",
    };

    private static readonly HashSet<string> SchemaMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas",
    };

    private static readonly HashSet<string> SchemaLists = new(StringComparer.Ordinal) { "allOf", "oneOf", "anyOf", "prefixItems" };

    // Values, not schemas or references: a "$ref" key inside them is data. ("examples" is an array of values in a
    // schema, but a map of Example objects, which may be references, in a media type.)
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "default", "const", "enum" };

    /// <param name="key">The node's key in its parent (an index for an array item).</param>
    /// <param name="parentKey">The parent's key in its own parent.</param>
    /// <param name="parentIsArray">Whether the parent is an array.</param>
    public static bool IsSchema(string key, string parentKey, bool parentIsArray)
        => parentIsArray ? SchemaLists.Contains(parentKey) : SchemaKeys.Contains(key) || SchemaMaps.Contains(parentKey);

    /// <summary>
    /// Keys whose values are data (or extensions) and are never walked for references; <paramref name="ownerKey"/>
    /// is the key of the object that holds <paramref name="key"/> ("default" is a response under "responses", a
    /// property under "properties").
    /// </summary>
    public static bool IsData(string key, JsonNode? value, string ownerKey)
        => !(ownerKey == "responses" || SchemaMaps.Contains(ownerKey))
            && (DataKeys.Contains(key) || (key == "examples" && value is JsonArray) || key.StartsWith("x-", StringComparison.Ordinal));
}
