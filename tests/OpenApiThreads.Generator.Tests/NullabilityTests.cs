using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Nullability in every spelling reaches the C# types, at every depth, and the generated code has no nullable
/// warning (CS8619, CS8620) and no conversion error (CS0029) for any of them.
/// </summary>
public sealed class NullabilityTests
{
    private const StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public void A_ref_with_a_sibling_nullable_in_3_0_stays_nullable()
    {
        string holder = Generate("""
            openapi: 3.0.3
            info: {title: Constructs, version: '1'}
            paths: {}
            components:
              schemas:
                Format: {type: string, enum: [text, json]}
                Child: {type: object, properties: {id: {type: string}}}
                Holder:
                  type: object
                  required: [format, child]
                  properties:
                    format: {$ref: '#/components/schemas/Format', nullable: true}
                    child: {$ref: '#/components/schemas/Child', nullable: true, description: The child.}
                    plain: {$ref: '#/components/schemas/Child'}
            """, "Holder");

        Assert.Contains("public required api::Format? Format { get; set; }", holder, Exact);
        Assert.Contains("public required api::Child? Child { get; set; }", holder, Exact);
        Assert.Contains("public api::Child? Plain { get; set; }", holder, Exact);
        Assert.Contains("The child.", holder, Exact);
    }

    [Fact]
    public void Nested_nullable_elements_keep_their_annotations_and_compile_clean()
    {
        string holder = Generate("""
            openapi: 3.0.3
            info: {title: Constructs, version: '1'}
            paths: {}
            components:
              schemas:
                Format: {type: string, enum: [text, json]}
                Holder:
                  type: object
                  properties:
                    formats: {type: array, items: {$ref: '#/components/schemas/Format', nullable: true}}
                    strict: {type: array, items: {$ref: '#/components/schemas/Format'}}
                    tags: {type: object, additionalProperties: {type: array, nullable: true, items: {type: string, nullable: true}}}
                    names: {type: object, additionalProperties: {type: array, items: {type: string}}}
                    counts: {type: array, items: {type: integer, nullable: true}}
            """, "Holder");

        Assert.Contains("generic::IList<api::Format?>? Formats", holder, Exact);
        Assert.Contains("generic::IList<api::Format>? Strict", holder, Exact);
        Assert.Contains("generic::IDictionary<string, generic::IList<string?>?>? Tags", holder, Exact);
        Assert.Contains("generic::IDictionary<string, generic::IList<string>>? Names", holder, Exact);
        Assert.Contains("generic::IList<long?>? Counts", holder, Exact);
    }

    private static string Generate(string spec, string typeName)
    {
        var (output, result, _) = GeneratorHarness.Run(spec, "/project/constructs.yaml");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return result.Results.Single().GeneratedSources.Single(s => s.HintName == "Consumer.Constructs." + typeName + ".g.cs").SourceText.ToString();
    }
}
