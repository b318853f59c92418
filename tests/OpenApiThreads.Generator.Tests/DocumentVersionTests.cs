using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2, in YAML and JSON, give the same C# for the same meaning.</summary>
public sealed class DocumentVersionTests
{
    [Fact]
    public void Swagger_2_json_with_a_body_parameter_generates_a_client()
    {
        const string Spec = """
            {
              "swagger": "2.0",
              "info": {"title": "Legacy Pets", "version": "1"},
              "host": "pets.example.com",
              "basePath": "/v1",
              "schemes": ["https"],
              "paths": {
                "/pets": {
                  "post": {
                    "operationId": "addPet",
                    "consumes": ["application/json"],
                    "produces": ["application/json"],
                    "parameters": [{"in": "body", "name": "pet", "required": true, "schema": {"$ref": "#/definitions/Pet"}}],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}}
                  }
                }
              },
              "definitions": {
                "Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "tag": {"type": "string", "x-nullable": true}}}
              }
            }
            """;
        string client = Generate(Spec, "/project/legacy.json", "LegacyPetsClient");

        Assert.Contains("AddPetAsync(api::Pet body", client, System.StringComparison.Ordinal);
        Assert.Contains("\"https://pets.example.com/v1/\"", Generate(Spec, "/project/legacy.json", "LegacyPetsClientOptions.Connection"), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.0.3", "tag: {type: string, nullable: true}")]
    [InlineData("3.1.0", "tag: {type: [string, 'null']}")]
    [InlineData("3.1.0", "tag: {anyOf: [{type: string}, {type: 'null'}]}")]
    [InlineData("3.2.0", "tag: {type: [string, 'null']}")]
    public void Every_spelling_of_nullable_makes_a_required_nullable_property(string version, string tag)
    {
        string spec = $$"""
            openapi: {{version}}
            info: {title: Pets, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name, tag]
                  properties:
                    name: {type: string}
                    {{tag}}
            """;
        string pet = Generate(spec, "/project/pets.yaml", "Pet");

        Assert.Contains("public required string Name { get; set; }", pet, System.StringComparison.Ordinal);
        Assert.Contains("public required string? Tag { get; set; }", pet, System.StringComparison.Ordinal);
    }

    private static string Generate(string spec, string path, string typeName)
    {
        var (output, result, _) = GeneratorHarness.Run(spec, path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(GeneratorHarness.Problems(output));
        return result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("." + typeName + ".g.cs", System.StringComparison.Ordinal) && !s.HintName.Contains("JsonContext.", System.StringComparison.Ordinal)).SourceText.ToString();
    }
}
