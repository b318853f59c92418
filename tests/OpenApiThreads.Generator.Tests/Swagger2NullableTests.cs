using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>Swagger 2.0's <c>x-nullable</c>, beside a <c>$ref</c> and on properties and parameters.</summary>
public sealed class Swagger2NullableTests
{
    private const string Spec = """
        swagger: '2.0'
        info: {title: Pets, version: '1'}
        produces: [application/json]
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - {name: limit, in: query, type: integer, x-nullable: true}
              responses:
                '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}
        definitions:
          Owner:
            type: object
            properties:
              name: {type: string}
          Pet:
            type: object
            required: [owner, name, nickname, plain]
            properties:
              owner: {$ref: '#/definitions/Owner', x-nullable: true}
              name: {type: string, x-nullable: true}
              nickname: {type: string}
              plain: {$ref: '#/definitions/Owner'}
        """;

    [Fact]
    public void X_nullable_beside_a_ref_on_a_property_and_on_a_parameter_keeps_null()
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/pets.yaml");
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        ApiModel model = GeneratorHarness.ModelOf(result);
        var pet = (ObjectSpec)model.Types.Single(t => t.Name == "Pet");
        TypeRef Property(string json) => pet.Properties.Single(p => p.JsonName == json).Type;

        Assert.True(Property("name").IsNullable);
        Assert.Equal("Owner", Property("owner").Name);
        Assert.True(Property("owner").IsNullable);
        Assert.False(Property("nickname").IsNullable);
        Assert.False(Property("plain").IsNullable);

        // An optional parameter is nullable anyway (null leaves it out of the request).
        Assert.True(model.Operations.Single().Parameters.Single().Type.IsNullable);
    }
}
