using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>Questions about a schema that do not depend on what the translator has seen so far.</summary>
internal static class SchemaFacts
{
    /// <summary>
    /// The schema a reference points at, or the schema itself; null when the reference is broken. Microsoft.OpenApi
    /// throws when a chain of references loops or points at something that is not a schema ("#/paths"): to us that
    /// is a broken reference like any other.
    /// </summary>
    public static IOpenApiSchema? Target(IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchemaReference reference)
        {
            return schema;
        }

        try
        {
            return reference.Target;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The component name of a reference, or null for an inline schema.</summary>
    public static string? ReferenceId(IOpenApiSchema schema)
        => schema is OpenApiSchemaReference reference ? reference.Reference.Id : null;

    /// <summary>
    /// Whether an allOf part only annotates (<c>{nullable: true}</c>, <c>{description: …}</c>, a default): OpenAI's
    /// spec writes <c>allOf: [{$ref: X}, {nullable: true}]</c> to mean "X or null", which is X, not a new class.
    /// </summary>
    public static bool IsAnnotationOnly(IOpenApiSchema? part)
        => part is not null
            && ReferenceId(part) is null
            && (part.Type ?? 0) == 0
            && part.Properties is not { Count: > 0 }
            && part.Required is not { Count: > 0 }
            && part.Items is null
            && part.AllOf is not { Count: > 0 }
            && part.OneOf is not { Count: > 0 }
            && part.AnyOf is not { Count: > 0 }
            && part.Enum is not { Count: > 0 }
            && part.Const is null
            && part.AdditionalProperties is null
            && part.Not is null;

    /// <summary>Whether a schema is exactly <c>{type: "null"}</c>, the 3.1 way to add null to a union.</summary>
    public static bool IsNullOnly(IOpenApiSchema? schema)
    {
        IOpenApiSchema? target = Target(schema);
        return target?.Type == JsonSchemaType.Null
            || (target?.Enum is { Count: 1 } values && values[0] is null && target.Type is null);
    }

    /// <summary>
    /// Whether null is allowed: 3.1 <c>type: [T, "null"]</c>, 3.0 <c>nullable: true</c> (which the reader turns into
    /// the same flag when there is a type, and <see cref="NullableWithoutType"/> marks when there is not), a
    /// <c>{type: "null"}</c> branch of anyOf/oneOf, or <c>nullable: true</c> left in a 3.1 document (not a 3.1 keyword,
    /// but OpenAI's spec and others mean it).
    /// </summary>
    public static bool AllowsNull(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }

        if (IsTrue(schema.Extensions, NullableWithoutType.Extension) || IsTrue(schema.Extensions, NullableWithoutType.WrapperExtension) || IsTrue(schema.UnrecognizedKeywords, "nullable"))
        {
            return true;
        }

        return (schema.AnyOf?.Any(IsNullOnly) ?? false) || (schema.OneOf?.Any(IsNullOnly) ?? false);
    }

    private static bool IsTrue<T>(IDictionary<string, T>? map, string key)
    {
        if (map is null || !map.TryGetValue(key, out T? value))
        {
            return false;
        }

        JsonNode? node = value switch
        {
            JsonNode json => json,
            JsonNodeExtension extension => extension.Node,
            _ => null,
        };
        return node is JsonValue flag && flag.TryGetValue(out bool isTrue) && isTrue;
    }

    /// <summary>The type flags without null.</summary>
    public static JsonSchemaType NonNullTypes(IOpenApiSchema schema)
        => schema.Type is { } type ? type & ~JsonSchemaType.Null : 0;

    /// <summary>The string values of an enum, or null when the schema is not a string enum.</summary>
    public static List<string>? StringEnumValues(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } values)
        {
            return null;
        }

        var strings = new List<string>();
        foreach (JsonNode? value in values)
        {
            if (value is null)
            {
                continue;
            }

            if (value.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            string text = value.GetValue<string>();
            if (!strings.Contains(text))
            {
                strings.Add(text);
            }
        }

        return strings;
    }

    /// <summary>
    /// A fixed string value: <c>const</c>, or an enum with exactly one string. The reader hands every <c>const</c> over
    /// as text, so <c>type: integer, const: 2</c> would otherwise become the JSON string "2": a const of another
    /// declared type is not a fixed string.
    /// </summary>
    public static string? FixedString(IOpenApiSchema? schema)
    {
        IOpenApiSchema? target = schema is null ? null : Target(schema);
        if (target is null || NonNullTypes(target) is not (0 or JsonSchemaType.String))
        {
            return null;
        }

        if (target.Const is { } constant)
        {
            return constant;
        }

        return StringEnumValues(target) is { Count: 1 } single ? single[0] : null;
    }

    /// <summary>The branches of a oneOf/anyOf that are not the null branch.</summary>
    public static List<IOpenApiSchema> NonNullBranches(IOpenApiSchema schema)
    {
        IList<IOpenApiSchema>? branches = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
        return branches is null ? new List<IOpenApiSchema>() : branches.Where(b => b is not null && !IsNullOnly(b)).ToList();
    }

    public static string? DefaultJson(IOpenApiSchema schema)
        => Target(schema)?.Default is { } value ? value.ToJsonString() : null;

    /// <summary>The schemas a schema is made of (properties, compositions, items, maps, not), for walks over references.</summary>
    public static IEnumerable<IOpenApiSchema?> Children(IOpenApiSchema schema)
        => (schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
            .Concat(schema.AllOf ?? Enumerable.Empty<IOpenApiSchema>())
            .Concat(schema.OneOf ?? Enumerable.Empty<IOpenApiSchema>())
            .Concat(schema.AnyOf ?? Enumerable.Empty<IOpenApiSchema>())
            .Concat(new[] { schema.Items, schema.AdditionalProperties, schema.Not });

    /// <summary>
    /// A parameter value that is not one scalar: an object, a oneOf/anyOf (Stripe's <c>created</c> is a range object
    /// or an integer), or an array of those. It is serialized as JSON and spread into fields, so whichever branch it
    /// holds is spelled right.
    /// </summary>
    public static bool IsStructured(IOpenApiSchema? schema, int depth = 0)
        => depth < 8 && Target(schema) is { } target
            && ((NonNullTypes(target) & JsonSchemaType.Object) != 0 || target.Properties is { Count: > 0 }
                || NonNullBranches(target).Count > 0
                || (NonNullTypes(target) == JsonSchemaType.Array && IsStructured(target.Items, depth + 1)));
}
