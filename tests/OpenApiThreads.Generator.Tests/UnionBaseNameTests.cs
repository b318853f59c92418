using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Every union derives from the spec's one union base (<c>{Client}Union</c>): a schema of that name is renamed like one
/// named after the exception, and unions named like the base's members still compile.
/// </summary>
public sealed class UnionBaseNameTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Shelf, version: '1' }
        paths: {}
        components:
          schemas:
            ShelfUnion: { oneOf: [{ type: string }, { type: integer }] }
            Branch: { oneOf: [{ type: string }, { $ref: '#/components/schemas/Book' }] }
            ValueBranch: { oneOf: [{ type: boolean }, { $ref: '#/components/schemas/Book' }] }
            Book: { type: object, properties: { title: { type: string } } }
            Holder:
              type: object
              properties:
                any: { $ref: '#/components/schemas/ShelfUnion' }
                branch: { $ref: '#/components/schemas/Branch' }
                value: { $ref: '#/components/schemas/ValueBranch' }
        """;

    [Fact]
    public void A_schema_named_like_the_union_base_is_renamed_and_every_union_compiles()
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/shelf.yaml");

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Contains(result.Diagnostics, d => d.Id == "OATG011" && d.GetMessage().Contains("'ShelfUnion'", System.StringComparison.Ordinal));
        Model.ApiModel model = GeneratorHarness.ModelOf(result);
        Assert.Equal("ShelfUnion", model.UnionBaseName);
        Assert.DoesNotContain(model.Types, t => t.Name == "ShelfUnion");
        Assert.Contains(model.Types, t => t.Name is "Branch");
        Assert.Contains(model.Types, t => t.Name is "ValueBranch");

        // The base is one file, and each union derives from it.
        var sources = result.Results.Single().GeneratedSources;
        string union = sources.Single(s => s.HintName.EndsWith(".Branch.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("public sealed partial class Branch : api::ShelfUnion", union, System.StringComparison.Ordinal);
        Assert.Single(sources, s => s.HintName.EndsWith(".ShelfUnion.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_spec_without_unions_has_no_union_base()
    {
        const string NoUnions = """
            openapi: 3.0.3
            info: { title: Shelf, version: '1' }
            paths: {}
            components:
              schemas:
                Book: { type: object, properties: { title: { type: string } } }
            """;
        var (output, result, _) = GeneratorHarness.Run(NoUnions, "/project/shelf.yaml");

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.EndsWith("Union.g.cs", System.StringComparison.Ordinal));
    }
}
