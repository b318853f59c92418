using System.Linq;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Translation;

/// <summary>
/// The translator decides how a union is read (which branch a tag or a string value selects, in which order object
/// shapes are tried); the emitter prints the plan. These tests hold the decisions, apart from any emitted text.
/// </summary>
public sealed class UnionReadPlanTests
{
    [Fact]
    public void Mapped_tags_each_select_their_branch()
    {
        UnionSpec union = UnionNamed("""
            Shape:
              oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Disc'}, {$ref: '#/components/schemas/Square'}]
              discriminator:
                propertyName: kind
                mapping: {circle: '#/components/schemas/Circle', round: '#/components/schemas/Circle', disc: '#/components/schemas/Disc', square: '#/components/schemas/Square'}
            Circle: {type: object, required: [kind], properties: {kind: {type: string}, radius: {type: number}}}
            Disc: {type: object, required: [kind], properties: {kind: {type: string}, radius: {type: number}}}
            Square: {type: object, required: [kind], properties: {kind: {type: string}, side: {type: number}}}
            """, "Shape");

        UnionReadPlan plan = union.ReadPlan;

        Assert.Equal("kind", plan.Discriminator);
        Assert.Equal(new[] { (1, "circle"), (1, "round"), (2, "disc"), (3, "square") }, plan.Tags.SelectMany(t => t.Values.Select(v => (t.Branch, v))));
        Assert.Empty(plan.Objects);
    }

    [Fact]
    public void A_tag_two_branches_pin_selects_the_first()
    {
        UnionSpec union = UnionNamed("""
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Lion'}, {$ref: '#/components/schemas/Dog'}]
              discriminator: {propertyName: kind}
            Cat: {type: object, required: [kind], properties: {kind: {type: string, enum: [cat]}, lives: {type: integer}}}
            Lion: {type: object, required: [kind], properties: {kind: {type: string, enum: [cat]}, mane: {type: boolean}}}
            Dog: {type: object, required: [kind], properties: {kind: {type: string, enum: [dog]}}}
            """, "Pet");

        Assert.Equal(new[] { (1, "cat"), (3, "dog") }, union.ReadPlan.Tags.SelectMany(t => t.Values.Select(v => (t.Branch, v))));
    }

    [Fact]
    public void Object_shapes_are_tried_most_specific_first_and_stop_at_one_that_takes_anything()
    {
        UnionSpec union = UnionNamed("""
            Payload:
              oneOf: [{$ref: '#/components/schemas/Loose'}, {$ref: '#/components/schemas/Named'}, {$ref: '#/components/schemas/Full'}, {$ref: '#/components/schemas/Other'}]
            Loose: {type: object, properties: {note: {type: string}}}
            Named: {type: object, required: [name], properties: {name: {type: string}}}
            Full: {type: object, required: [name, size], properties: {name: {type: string}, size: {type: integer}}}
            Other: {type: object, required: [id], properties: {id: {type: string}}}
            """, "Payload");

        // Full (2 required) before Named and Other (1 each, in declaration order), then Loose takes the rest.
        Assert.Equal(
            new[] { new ObjectCandidate(3, false), new ObjectCandidate(2, false), new ObjectCandidate(4, false), new ObjectCandidate(1, true) },
            union.ReadPlan.Objects.ToArray());
        Assert.Null(union.ReadPlan.Discriminator);
    }

    [Fact]
    public void A_string_value_two_enums_list_selects_the_first_and_the_open_branch_takes_the_rest()
    {
        UnionSpec union = UnionNamed("""
            Choice:
              oneOf:
                - {type: string, enum: [auto, none]}
                - {type: string, enum: [none, required]}
                - {type: object, properties: {name: {type: string}}}
                - {type: integer}
            """, "Choice");

        UnionReadPlan plan = union.ReadPlan;

        Assert.Equal(new[] { (1, "auto"), (1, "none"), (2, "required") }, plan.StringValues.SelectMany(c => c.Values.Select(v => (c.Branch, v))));
        Assert.Equal(1, plan.String);
        Assert.Equal(4, plan.Integer);
        Assert.Null(plan.Number);
        Assert.Equal(new[] { new ObjectCandidate(3, true) }, plan.Objects.ToArray());
        Assert.Null(plan.Fallback);
    }

    private static UnionSpec UnionNamed(string schemas, string name)
    {
        string indented = string.Join("\n", schemas.Split('\n').Select(line => "    " + line));
        string spec = "openapi: 3.0.3\ninfo: {title: Unions, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + indented + "\n";
        var (output, result, _) = GeneratorHarness.Run(spec);
        Assert.Empty(GeneratorHarness.Problems(output));
        return GeneratorHarness.ModelOf(result).Types.OfType<UnionSpec>().Single(u => u.Name == name);
    }
}
