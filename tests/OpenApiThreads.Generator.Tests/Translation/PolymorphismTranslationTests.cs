using System.Linq;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Polymorphism;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Translation;

/// <summary>
/// The translator decides a discriminated hierarchy (which classes sit below a base, which tags select each, which tag
/// a new value carries); the emitter prints it. These tests hold the decisions, apart from any emitted text.
/// </summary>
public sealed class PolymorphismTranslationTests
{
    private const string Hierarchy = """
        Pet:
          type: object
          required: [kind]
          discriminator:
            propertyName: kind
            mapping: {kitty: '#/components/schemas/Cat', tabby: Cat, puppy: '#/components/schemas/Puppy'}
          properties:
            kind: {type: string}
        Cat:
          x-ms-discriminator-value: ignored-beside-a-mapping
          allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {lives: {type: integer}}}]
        Dog:
          x-ms-discriminator-value: doggo
          allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {breed: {type: string}}}]
        Bird:
          allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {kind: {type: string, enum: [tweety]}}}]
        Fish:
          allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {fins: {type: integer}}}]
        Puppy:
          allOf: [{$ref: '#/components/schemas/Dog'}, {type: object, properties: {age: {type: integer}}}]
        """;

    [Fact]
    public void Tags_come_from_the_mapping_then_x_ms_then_a_restated_const_then_the_name()
    {
        PolymorphismSpec pet = Objects(Hierarchy).Single(o => o.Name == "Pet").Polymorphism!;

        Assert.Equal("kind", pet.DiscriminatorProperty);
        Assert.Equal(
            [("Cat", true, "kitty|tabby"), ("Dog", true, "doggo"), ("Bird", true, "tweety"), ("Fish", true, "Fish"), ("Puppy", false, "puppy")],
            pet.DerivedTypes.Select(d => (d.TypeName, d.IsDirect, string.Join("|", d.Tags))));
    }

    [Fact]
    public void Each_level_that_has_children_dispatches_and_each_class_carries_its_first_tag()
    {
        var objects = Objects(Hierarchy).ToDictionary(o => o.Name);

        Assert.Equal([("Puppy", true)], objects["Dog"].Polymorphism!.DerivedTypes.Select(d => (d.TypeName, d.IsDirect)));
        Assert.Null(objects["Cat"].Polymorphism);
        Assert.Equal(
            [("Pet", "Pet"), ("Cat", "kitty"), ("Dog", "doggo"), ("Bird", "tweety"), ("Fish", "Fish"), ("Puppy", "puppy")],
            new[] { "Pet", "Cat", "Dog", "Bird", "Fish", "Puppy" }.Select(n => (n, objects[n].OwnTag!.Value)));
        Assert.Equal("Pet", objects["Bird"].BaseName);
    }

    [Fact]
    public void A_tag_two_classes_claim_selects_the_first_and_is_reported_and_a_base_without_a_discriminator_stays_plain()
    {
        var objects = Objects("""
            Shape:
              type: object
              required: [kind]
              discriminator: {propertyName: kind, mapping: {round: Circle, shape: Shape}}
              properties: {kind: {type: string}}
            Circle:
              allOf: [{$ref: '#/components/schemas/Shape'}, {type: object, properties: {r: {type: number}}}]
            Disc:
              x-ms-discriminator-value: round
              allOf: [{$ref: '#/components/schemas/Shape'}, {type: object, properties: {d: {type: number}}}]
            Square:
              x-ms-discriminator-value: shape
              allOf: [{$ref: '#/components/schemas/Shape'}, {type: object, properties: {s: {type: number}}}]
            Plain: {type: object, properties: {a: {type: string}}}
            PlainChild:
              allOf: [{$ref: '#/components/schemas/Plain'}, {type: object, properties: {b: {type: string}}}]
            """, expectedDiagnostics: 2).ToDictionary(o => o.Name);

        // The base's own mapped tag is its own; Disc's and Square's tags are taken before them, so no read selects them.
        Assert.Equal([("Circle", "round"), ("Disc", ""), ("Square", "")], objects["Shape"].Polymorphism!.DerivedTypes.Select(d => (d.TypeName, string.Join("|", d.Tags))));
        Assert.Equal("shape", objects["Shape"].OwnTag!.Value);
        Assert.Null(objects["Plain"].Polymorphism);
        Assert.Null(objects["PlainChild"].OwnTag);
    }

    private static ObjectSpec[] Objects(string schemas, int expectedDiagnostics = 0)
    {
        string indented = string.Join("\n", schemas.Split('\n').Select(line => "    " + line));
        string spec = "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + indented + "\n";
        var (output, result, _) = GeneratorHarness.Run(spec);
        Assert.Equal(expectedDiagnostics, result.Diagnostics.Count(d => d.Id == "OATG004" && d.GetMessage().Contains("already selects another class", System.StringComparison.Ordinal)));
        Assert.Equal(expectedDiagnostics, result.Diagnostics.Length);
        Assert.Empty(GeneratorHarness.Problems(output));
        return GeneratorHarness.ModelOf(result).Types.OfType<ObjectSpec>().ToArray();
    }
}
