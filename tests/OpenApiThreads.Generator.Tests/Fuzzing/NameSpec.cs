using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// A small, valid OpenAPI document whose every name comes from a <see cref="NameSlots"/>: objects that refer to each
/// other, an inline object and an inline enum, an allOf child, a discriminated union, an enum component, and three
/// operations with path, query, header and body parameters. Only the names change from case to case, so whatever
/// fails is about names. Written as JSON so that any string is a valid key.
/// </summary>
internal static class NameSpec
{
    public static string Create(NameSlots names)
    {
        string schema = names[NameSlot.Schema];
        string other = names[NameSlot.OtherSchema];
        string property = names[NameSlot.Property];
        string otherProperty = names[NameSlot.OtherProperty];
        string enumSchema = names[NameSlot.EnumSchema];

        var schemas = new JsonObject();
        schemas[schema] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray(property),
            ["properties"] = new JsonObject
            {
                [property] = new JsonObject { ["type"] = "string" },
                [otherProperty] = new JsonObject { ["type"] = "integer", ["nullable"] = true },
                [schema] = Ref(enumSchema),
                [names[NameSlot.Tag]] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(names[NameSlot.EnumValue], names[NameSlot.OtherEnumValue]) } },
                [names[NameSlot.OperationId]] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { [property] = Ref(other), [otherProperty] = new JsonObject { ["type"] = "boolean" } },
                },
                [names[NameSlot.QueryParameter]] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref(schema) },
            },
        };
        schemas[other] = new JsonObject
        {
            ["allOf"] = new JsonArray(Ref(schema), new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [otherProperty] = new JsonObject { ["type"] = "integer", ["nullable"] = true }, [other] = new JsonObject { ["type"] = "number" } } }),
        };
        schemas[enumSchema] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(names[NameSlot.EnumValue], names[NameSlot.OtherEnumValue], names[NameSlot.Schema]) };
        schemas[names[NameSlot.CollectionLikeSchema]] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["list"] = new JsonObject { ["type"] = "array", ["items"] = Ref(schema) },
                ["map"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["nullable"] = true, ["items"] = new JsonObject { ["type"] = "string", ["nullable"] = true } } },
                ["enums"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["allOf"] = new JsonArray(Ref(enumSchema)), ["nullable"] = true } },
            },
        };
        schemas[names[NameSlot.UnionSchema]] = new JsonObject
        {
            ["oneOf"] = new JsonArray(Ref(schema), Ref(enumSchema), new JsonObject { ["type"] = "string", ["format"] = "date-time" }),
        };

        string path = "/" + names[NameSlot.Tag] + "/{" + names[NameSlot.PathParameter] + "}";
        var paths = new JsonObject
        {
            [path] = new JsonObject
            {
                ["get"] = new JsonObject
                {
                    ["operationId"] = names[NameSlot.OperationId],
                    ["tags"] = new JsonArray(names[NameSlot.Tag]),
                    ["parameters"] = new JsonArray(
                        Parameter(names[NameSlot.PathParameter], "path", required: true, new JsonObject { ["type"] = "string" }),
                        Parameter(names[NameSlot.QueryParameter], "query", required: false, Ref(enumSchema)),
                        Parameter(names[NameSlot.HeaderParameter], "header", required: false, new JsonObject { ["type"] = "integer" }),
                        Parameter(names[NameSlot.Property], "query", required: true, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } })),
                    ["responses"] = Responses(Ref(names[NameSlot.UnionSchema])),
                },
                ["post"] = new JsonObject
                {
                    ["operationId"] = names[NameSlot.OtherOperationId],
                    ["parameters"] = new JsonArray(
                        Parameter(names[NameSlot.PathParameter], "path", required: true, new JsonObject { ["type"] = "integer" }),
                        Parameter(names[NameSlot.QueryParameter], "query", required: true, new JsonObject { ["type"] = "boolean" }),
                        Parameter(names[NameSlot.HeaderParameter], "header", required: true, new JsonObject { ["type"] = "string" })),
                    ["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Json(Ref(other)) },
                    ["responses"] = Responses(new JsonObject { ["type"] = "array", ["items"] = Ref(schema) }),
                },
            },
            ["/" + names[NameSlot.Title]] = new JsonObject
            {
                ["delete"] = new JsonObject
                {
                    ["operationId"] = names[NameSlot.Schema],
                    ["parameters"] = new JsonArray(Parameter(names[NameSlot.OtherProperty], "query", required: false, new JsonObject { ["type"] = "string", ["format"] = "uuid" })),
                    ["requestBody"] = new JsonObject { ["content"] = Json(Ref(schema)) },
                    ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "none" } },
                },
            },
        };

        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = names[NameSlot.Title], ["version"] = "1" },
            ["tags"] = new JsonArray(new JsonObject { ["name"] = names[NameSlot.Tag] }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name.Replace("~", "~0", System.StringComparison.Ordinal).Replace("/", "~1", System.StringComparison.Ordinal) };

    private static JsonObject Parameter(string name, string location, bool required, JsonObject schema)
        => new() { ["name"] = name, ["in"] = location, ["required"] = required, ["schema"] = schema };

    private static JsonObject Json(JsonObject schema) => new() { ["application/json"] = new JsonObject { ["schema"] = schema } };

    private static JsonObject Responses(JsonObject schema) => new() { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = Json(schema) } };
}
