using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.JsonSchema;

/// <summary>JSON Schema 2020-12 in OpenAPI 3.1: what resolves, what gets which type, and what is reported.</summary>
public sealed class JsonSchema2020Tests
{
    private static string ConstructsSpec => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "OpenApiThreads.Constructs.Tests", "Specs", "json-schema-2020.yaml"));

    [Fact]
    public void The_constructs_spec_resolves_without_a_warning()
    {
        var (output, result, _) = GeneratorHarness.Run(ConstructsSpec, "/project/json-schema-2020.yaml");
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        ApiModel model = GeneratorHarness.ModelOf(result);
        ObjectSpec Type(string name) => (ObjectSpec)model.Types.Single(t => t.Name == name);
        TypeRef Property(string type, string json) => Type(type).Properties.Single(p => p.JsonName == json).Type;

        Assert.Equal("Node", Property("Tree", "root").Name);
        Assert.Equal("Node", Property("Node", "children").Element!.Name);
        Assert.Equal("Entry", Property("Catalog", "first").Name);
        Assert.Equal("Entry", Property("Catalog", "all").Element!.Name);
        Assert.Equal("Entry", Property("Catalog", "absolute").Name);
        Assert.Equal("decimal", Property("Catalog", "price").Name);
        Assert.Equal("string", Property("Tagged", "tags").Element!.Name);
        Assert.Equal("Item", Property("Holder", "maybe").Name);
        Assert.True(Property("Holder", "maybe").IsNullable);
        Assert.Equal("Item", Property("Holder", "described").Name);
        Assert.Equal(TypeRefKind.Map, Property("Shape", "scores").Kind);
        Assert.Equal("long", Property("Shape", "scores").Element!.Name);
        Assert.Equal(TypeRefKind.List, Property("Shape", "point").Kind);
        Assert.Equal("double", Property("Shape", "point").Element!.Name);
    }

    [Fact]
    public void What_has_no_exact_type_is_reported_where_it_is_written()
    {
        const string Spec = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Mixed:
                  type: object
                  patternProperties:
                    '^a': {type: integer}
                    '^b': {type: string}
                Pair:
                  type: array
                  prefixItems: [{type: string}, {type: integer}]
                Base:
                  $id: https://example.com/base
                  $defs:
                    item: {$dynamicAnchor: item, type: string}
                  type: array
                  items: {$dynamicRef: '#item'}
                Derived:
                  $id: https://example.com/derived
                  $defs:
                    item: {$dynamicAnchor: item, type: integer}
                  allOf: [{$ref: 'https://example.com/base'}]
                Lost:
                  type: object
                  properties:
                    x: {$dynamicRef: '#nowhere'}
            """;
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/t.yaml");
        Assert.Empty(GeneratorHarness.Problems(output));
        string[] found = result.Diagnostics.Select(d => d.Id + " " + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + " " + d.GetMessage()).ToArray();
        Assert.True(found.Length == 4, string.Join("\n", found));
        Assert.Contains(found, f => f.StartsWith("OATG004 8 ", StringComparison.Ordinal) && f.Contains("patternProperties with different value schemas", StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith("OATG004 13 ", StringComparison.Ordinal) && f.Contains("prefixItems", StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith("OATG004 19 ", StringComparison.Ordinal) && f.Contains("2 schemas declare $dynamicAnchor 'item'", StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith("OATG004 28 ", StringComparison.Ordinal) && f.Contains("'#nowhere'", StringComparison.Ordinal));

        ApiModel model = GeneratorHarness.ModelOf(result);
        Assert.Equal(BuiltInTypes.Json.Name, ((ObjectSpec)model.Types.Single(t => t.Name == "Lost")).Properties.Single().Type.Name);
    }
}
