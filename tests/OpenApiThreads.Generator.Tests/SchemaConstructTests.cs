using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Regression tests for what the round trips in tests/OpenApiThreads.Constructs.Tests found, and for allOf
/// inheritance and where it falls back to merging. Each spec must generate code that compiles with no warning.
/// </summary>
public sealed class SchemaConstructTests
{
    private const StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public void A_number_const_is_a_number_property_not_a_string_constant()
    {
        string level = Generate(Components("Level: {type: object, properties: {value: {type: integer, const: 2}, name: {const: fixed}}}"), "Level");

        Assert.Contains("public long? Value { get; set; }", level, Exact);
        Assert.Contains("public string Name => \"fixed\";", level, Exact);
    }

    [Fact]
    public void OpenApi_3_0_nullable_without_a_type_keeps_absent_apart_from_null()
    {
        string holder = Generate(
            Components("Child: {type: object}\n    Holder: {type: object, properties: {child: {nullable: true, allOf: [{$ref: '#/components/schemas/Child'}]}}}", "3.0.3"),
            "Holder");

        Assert.Contains("internal bool __ChildIsSet;", holder, Exact);
    }

    [Fact]
    public void Nullable_true_left_in_a_3_1_document_is_honoured()
    {
        string holder = Generate(Components("Holder: {type: object, required: [text], properties: {text: {type: string, nullable: true}}}"), "Holder");

        Assert.Contains("public required string? Text { get; set; }", holder, Exact);
    }

    [Fact]
    public void Format_date_is_DateOnly()
    {
        string day = Generate(Components("Day: {type: object, properties: {on: {type: string, format: date}}}"), "Day");

        Assert.Contains("public global::System.DateOnly? On { get; set; }", day, Exact);
    }

    [Fact]
    public void An_allOf_over_one_object_ref_is_a_derived_class_that_declares_only_what_it_adds()
    {
        string spec = Components("""
            Animal: {type: object, required: [name], properties: {name: {type: string}}}
                Dog: {allOf: [{$ref: '#/components/schemas/Animal'}, {type: object, properties: {breed: {type: string}}}]}
            """);

        Assert.Contains("public partial class Animal : api::ConstructsJsonContext.IAdditionalData\n", Generate(spec, "Animal"), Exact);
        string dog = Generate(spec, "Dog");
        Assert.Contains("public sealed partial class Dog : api::Animal", dog, Exact);
        Assert.Contains("Breed", dog, Exact);
        Assert.DoesNotContain(" Name ", dog, Exact);
        Assert.DoesNotContain("AdditionalData", dog, Exact);

        string metadata = GenerateMetadata(spec, "Dog");
        // The inherited property is declared by the base class, as STJ's own metadata says.
        Assert.Contains(".AddRequired(\"Name\", \"name\", Create_String, o => C(o).Name, (o, v) => C(o).Name = v!, declaredBy: typeof(api::Animal))", metadata, Exact);
        Assert.Contains("new api::Dog { Name = default! }", metadata, Exact);
    }

    [Theory]
    [InlineData("a part that redeclares a base property", "Derived: {allOf: [{$ref: '#/components/schemas/Base'}, {properties: {name: {type: string, enum: [x, y]}}}]}")]
    [InlineData("a part that newly requires a base property", "Derived: {allOf: [{$ref: '#/components/schemas/Base'}, {required: [name]}]}")]
    [InlineData("two refs", "Derived: {allOf: [{$ref: '#/components/schemas/Base'}, {$ref: '#/components/schemas/Other'}]}")]
    [InlineData("a base that is a union", "Derived: {allOf: [{$ref: '#/components/schemas/Either'}, {properties: {extra: {type: string}}}]}")]
    [InlineData("a base that is a map", "Derived: {allOf: [{$ref: '#/components/schemas/Map'}, {properties: {extra: {type: string}}}]}")]
    [InlineData("a closed part over an open base", "Derived: {allOf: [{$ref: '#/components/schemas/Base'}, {additionalProperties: false, properties: {extra: {type: string}}}]}")]
    public void Where_inheritance_does_not_apply_the_parts_are_merged(string why, string derived)
    {
        string spec = Components($$$$"""
            {{{{derived}}}}
                Base: {type: object, properties: {name: {type: string}}}
                Other: {type: object, properties: {more: {type: string}}}
                Either: {oneOf: [{type: string}, {type: integer}]}
                Map: {type: object, additionalProperties: {type: string}}
            """);

        string code = Generate(spec, "Derived", allowWarnings: why.Contains("union", Exact));

        Assert.Contains("public sealed partial class Derived : api::ConstructsJsonContext.IAdditionalData\n", code, Exact);
    }

    [Fact]
    public void A_base_still_being_translated_when_the_derived_schema_is_reached_is_merged()
    {
        // Cyclic comes first: its property reaches Derived before Cyclic is complete, so Derived cannot know the
        // base's members yet and merges them instead.
        string spec = Components("""
            Cyclic: {type: object, properties: {child: {$ref: '#/components/schemas/Derived'}}}
                Derived: {allOf: [{$ref: '#/components/schemas/Cyclic'}, {properties: {extra: {type: string}}}]}
            """);

        Assert.Contains("public sealed partial class Derived : api::ConstructsJsonContext.IAdditionalData\n", Generate(spec, "Derived"), Exact);
    }

    [Fact]
    public void Inheritance_chains_and_a_union_of_derived_classes_compile()
    {
        string spec = Components("""
            Event: {oneOf: [{$ref: '#/components/schemas/Created'}, {$ref: '#/components/schemas/Deleted'}]}
                Base: {type: object, required: [id], properties: {id: {type: string}, note: {type: [string, 'null']}}}
                Created: {allOf: [{$ref: '#/components/schemas/Base'}, {required: [type], properties: {type: {const: created}}}]}
                Deleted: {allOf: [{$ref: '#/components/schemas/Created'}], properties: {reason: {type: string}}, deprecated: true}
            """);

        Assert.Contains("public partial class Created : api::Base", Generate(spec, "Created"), Exact);
        Assert.Contains("class Deleted : api::Created", Generate(spec, "Deleted"), Exact);
    }

    private static string Components(string schemas, string version = "3.1.0") => $$"""
        openapi: {{version}}
        info: {title: Constructs, version: '1'}
        paths: {}
        components:
          schemas:
            {{schemas}}
        """;

    private static string Generate(string spec, string typeName, bool allowWarnings = false)
        => Source(spec, typeName, allowWarnings, hint => hint == "Consumer.Constructs." + typeName + ".g.cs");

    private static string GenerateMetadata(string spec, string typeName)
    {
        var (output, result, _) = GeneratorHarness.Run(spec, "/project/constructs.yaml");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(GeneratorHarness.Problems(output));
        return GeneratorHarness.Source(result, "ConstructsJsonContext." + typeName + ".g.cs").Replace("\r\n", "\n", Exact);
    }

    private static string Source(string spec, string typeName, bool allowWarnings, Func<string, bool> isWanted)
    {
        var (output, result, _) = GeneratorHarness.Run(spec, "/project/constructs.yaml");
        if (!allowWarnings)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        }

        Assert.Empty(GeneratorHarness.Problems(output));
        GeneratedSourceResult? source = result.Results.Single().GeneratedSources.Where(s => isWanted(s.HintName)).Cast<GeneratedSourceResult?>().FirstOrDefault();
        Assert.True(source is not null, typeName + " was not generated: " + string.Join(", ", result.Results.Single().GeneratedSources.Select(s => s.HintName)));
        return source.Value.SourceText.ToString().Replace("\r\n", "\n", Exact);
    }
}
