using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// The compact model code leaves some names unqualified: a union's own name in its declaration, the union converter
/// base's ReadBranch/WriteBranch, the shared error checks of the client. Spec names that equal them still compile.
/// </summary>
public sealed class CompactModelNameTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Names, version: '1' }
        paths:
          /a:
            post:
              operationId: ensureSuccess0
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Holder' } } } }
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Type' } } } }
                '404': { description: The thing asked for is not here and was never here in the first place, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
                default: { description: The request failed for a reason the document does not describe any further, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
          /b:
            get:
              operationId: readBranch
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/ReadBranch' } } } }
                '404': { description: The thing asked for is not here and was never here in the first place, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
                default: { description: The request failed for a reason the document does not describe any further, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
        components:
          schemas:
            Problem: { type: object, properties: { message: { type: string } } }
            Value: { type: object, required: [kind], properties: { kind: { type: string, enum: [value] } } }
            UnionConverter: { type: object, required: [kind], properties: { kind: { type: string, enum: [converter] } } }
            Type:
              oneOf: [{ $ref: '#/components/schemas/Value' }, { $ref: '#/components/schemas/UnionConverter' }]
              discriminator: { propertyName: kind, mapping: { value: '#/components/schemas/Value', converter: '#/components/schemas/UnionConverter' } }
            ReadBranch: { oneOf: [{ type: string }, { type: integer }, { $ref: '#/components/schemas/Value' }] }
            WriteBranch: { anyOf: [{ $ref: '#/components/schemas/Type' }, { type: array, items: { $ref: '#/components/schemas/Value' } }] }
            WriteWith: { type: object, properties: { a: { type: string } } }
            DiscriminatorAt: { type: object, properties: { b: { type: string } } }
            Holder:
              type: object
              properties:
                with: { $ref: '#/components/schemas/WriteWith' }
                at: { $ref: '#/components/schemas/DiscriminatorAt' }
                type: { $ref: '#/components/schemas/Type' }
                write: { $ref: '#/components/schemas/WriteBranch' }
                read: { $ref: '#/components/schemas/ReadBranch' }
                foo: { type: string, nullable: true }
                fooIsSet: { type: string, nullable: true }
                fooValue: { type: string, nullable: true }
        """;

    [Fact]
    public void Union_and_client_names_that_equal_the_compact_code_s_own_names_compile()
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/names.yaml");

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Model.ApiModel model = GeneratorHarness.ModelOf(result);

        // The context's union converter base keeps its name; the schema takes another.
        Assert.DoesNotContain(model.Types, t => t.Name is "UnionConverter" or "WriteWith" or "DiscriminatorAt");
        Assert.Contains(model.Types, t => t.Name == "Type");
        string client = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".NamesClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("private global::System.Threading.Tasks.Task EnsureSuccess0Async(", client, System.StringComparison.Ordinal);
    }
}
