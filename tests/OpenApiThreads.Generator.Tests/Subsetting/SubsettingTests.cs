using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Subsetting;

/// <summary>
/// <c>OpenApiIncludeOperations</c> and <c>OpenApiExcludeOperations</c>: which operations are generated, and that only
/// the schemas those reach come with them.
/// </summary>
public sealed class SubsettingTests
{
    // Pets reach Pet → Category; the store's order reaches Pet too; Unused is reached by nothing; Error by everything.
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Shop API, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [Pets]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/PetList'}}}}
                default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
          /pets/{id}:
            parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
            get:
              operationId: getPet
              tags: [Pets]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
            delete:
              operationId: deletePet
              tags: [Pets]
              responses:
                '204': {description: deleted}
          /stores:
            get:
              operationId: listStores
              tags: [Stores]
              parameters: [{name: region, in: query, schema: {$ref: '#/components/schemas/Region'}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Store'}}}}}
          /stores/{id}/orders:
            post:
              operationId: createOrder
              tags: [Stores, Orders]
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
              responses:
                '201': {description: created}
                default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        components:
          schemas:
            Pet:
              type: object
              properties:
                id: {type: integer}
                category: {$ref: '#/components/schemas/Category'}
            Category: {type: object, properties: {name: {type: string}}}
            PetList: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
            Store: {type: object, properties: {address: {$ref: '#/components/schemas/Address'}}}
            Address: {type: object, properties: {street: {type: string}}}
            Region: {type: string, enum: [north, south]}
            Order:
              type: object
              properties:
                items: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                note: {type: object, additionalProperties: {$ref: '#/components/schemas/Note'}}
            Note: {type: object, properties: {text: {type: string}}}
            Unused: {type: object, properties: {anything: {$ref: '#/components/schemas/Category'}}}
            Error: {type: object, properties: {message: {type: string}}}
        """;

    private static readonly string[] AllComponents = ["Pet", "Category", "PetList", "Store", "Address", "Region", "Order", "Note", "Unused", "Error"];

    [Fact]
    public void Without_a_filter_every_operation_and_component_is_generated()
    {
        var (model, _) = Generate();

        Assert.Equal(["ListPets", "GetPet", "DeletePet", "ListStores", "CreateOrder"], model.Operations.Select(o => o.Name));
        Assert.Equal(AllComponents.Order(), ComponentTypes(model));
    }

    [Fact]
    public void Metadata_without_entries_is_no_filter()
    {
        var (model, result) = Generate(include: " ; ", exclude: ",");

        Assert.Equal(5, model.Operations.Count);
        Assert.Equal(AllComponents.Order(), ComponentTypes(model));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_path_glob_keeps_the_operations_under_it_and_the_schemas_they_reach()
    {
        var (model, result) = Generate(include: "path:/pets*");

        Assert.Equal(["ListPets", "GetPet", "DeletePet"], model.Operations.Select(o => o.Name));
        Assert.Equal(["Category", "Error", "Pet", "PetList"], ComponentTypes(model));
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.EndsWith(".Unused.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tag_keeps_the_operations_that_carry_it()
    {
        var (model, _) = Generate(include: "tag:Stores");

        Assert.Equal(["ListStores", "CreateOrder"], model.Operations.Select(o => o.Name));

        // Through a query parameter (Region), an array response (Store → Address), a body and a map (Order → Note).
        Assert.Equal(["Address", "Category", "Error", "Note", "Order", "Pet", "Region", "Store"], ComponentTypes(model));
    }

    [Fact]
    public void An_operation_id_keeps_that_operation()
    {
        var (model, _) = Generate(include: "op:getPet");

        OperationSpec only = Assert.Single(model.Operations);
        Assert.Equal("GetPet", only.Name);
        Assert.Equal(["Category", "Error", "Pet"], ComponentTypes(model));
    }

    [Fact]
    public void An_exclude_leaves_out_what_it_matches()
    {
        var (model, _) = Generate(exclude: "op:deletePet;tag:Stores");

        Assert.Equal(["ListPets", "GetPet"], model.Operations.Select(o => o.Name));
        Assert.Equal(["Category", "Error", "Pet", "PetList"], ComponentTypes(model));
    }

    [Fact]
    public void Include_and_exclude_combine_and_entries_may_be_separated_by_commas()
    {
        // The package's .targets turns ';' into ',' on the way to the compiler (an .editorconfig reads ';' as a comment).
        var (model, _) = Generate(include: " path:/pets/* , op:createOrder ", exclude: "op:delete*");

        Assert.Equal(["GetPet", "CreateOrder"], model.Operations.Select(o => o.Name));
        Assert.Equal(["Category", "Error", "Note", "Order", "Pet"], ComponentTypes(model));
    }

    [Fact]
    public void A_path_item_keeps_its_own_parameters_when_some_of_its_operations_are_left_out()
    {
        var (model, _) = Generate(include: "op:getPet");

        ParameterSpec id = Assert.Single(Assert.Single(model.Operations).Parameters);
        Assert.Equal("id", id.JsonName);
    }

    [Fact]
    public void An_entry_that_matches_nothing_is_reported_where_the_paths_are()
    {
        var (model, result) = Generate(include: "tag:Pets;tag:Nope;Files;op:", exclude: "path:/users*");

        Assert.Equal(["ListPets", "GetPet", "DeletePet"], model.Operations.Select(o => o.Name));
        var messages = result.Diagnostics.Select(d => d.Id + " " + Position(d) + " " + d.GetMessage()).ToList();
        Assert.Equal(
            [
                "OATG014 3:1 OpenApiIncludeOperations=\"tag:Nope\": no operation has a tag that matches 'Nope'",
                "OATG014 3:1 OpenApiIncludeOperations=\"Files\": an entry is path:<glob>, tag:<glob> or op:<glob>, so 'Files' matches nothing",
                "OATG014 3:1 OpenApiIncludeOperations=\"op:\": an entry is path:<glob>, tag:<glob> or op:<glob>, so 'op:' matches nothing",
                "OATG014 3:1 OpenApiExcludeOperations=\"path:/users*\": no path matches '/users*'",
            ],
            messages);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void An_include_that_matches_nothing_generates_no_operation_and_still_compiles()
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, metadata: Metadata(include: "op:createFile", exclude: null));

        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal("OATG014", warning.Id);
        Assert.Contains("no operationId matches 'createFile'", warning.GetMessage(), StringComparison.Ordinal);
        ApiModel model = GeneratorHarness.ModelOf(result);
        Assert.Empty(model.Operations);
        Assert.Empty(model.Types);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Filters_that_each_match_but_together_keep_nothing_are_reported()
    {
        var (_, result, _) = GeneratorHarness.Run(Spec, metadata: Metadata(include: "tag:Pets", exclude: "path:/pets*"));

        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal("OATG014", warning.Id);
        Assert.Equal("OpenApiExcludeOperations=\"path:/pets*\": it excludes every operation OpenApiIncludeOperations keeps, so no operation is generated", warning.GetMessage());
    }

    [Theory]
    [InlineData("path:/pets*", null)]
    [InlineData("tag:Stores", null)]
    [InlineData("op:getPet;op:createOrder", null)]
    [InlineData(null, "tag:Pets")]
    public void Filtered_output_compiles_without_warnings(string? include, string? exclude)
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, metadata: Metadata(include, exclude));

        Assert.Empty(result.Diagnostics);
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_type_keeps_its_whole_spec_name_in_a_subset()
    {
        // Components claim their names before any is translated, so narrowing the filter never renames a type.
        const string Colliding = """
            openapi: 3.0.3
            info: {title: Names, version: '1'}
            paths:
              /b: {get: {operationId: getB, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/pet_owner'}}}}}}}
            components:
              schemas:
                PetOwner: {type: object, properties: {a: {type: string}}}
                pet_owner: {type: object, properties: {b: {type: string}}}
            """;
        var (_, full, _) = GeneratorHarness.Run(Colliding);
        var (_, subset, _) = GeneratorHarness.Run(Colliding, metadata: Metadata("op:getB", null));

        Assert.Equal("PetOwner2", Assert.Single(GeneratorHarness.ModelOf(subset).Types).Name);
        Assert.Contains(GeneratorHarness.ModelOf(full).Types, t => t.Name == "PetOwner2");
    }

    [Fact]
    public void Unions_and_inheritance_reach_their_branches_and_bases()
    {
        const string Shapes = """
            openapi: 3.0.3
            info: {title: Shapes, version: '1'}
            paths:
              /shapes: {get: {operationId: getShape, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}}}}}
              /other: {get: {operationId: getOther, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Other'}}}}}}}
            components:
              schemas:
                Shape:
                  oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
                  discriminator: {propertyName: kind}
                Circle:
                  allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {kind: {type: string, enum: [circle]}, radius: {type: number}}}]
                Square:
                  allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {kind: {type: string, enum: [square]}, side: {type: number}}}]
                Base: {type: object, properties: {label: {type: string}}}
                Other: {type: object, not: {$ref: '#/components/schemas/Base'}, properties: {x: {type: string}}}
            """;
        var (output, result, _) = GeneratorHarness.Run(Shapes, metadata: Metadata("op:getShape", null));

        var names = GeneratorHarness.ModelOf(result).Types.Select(t => t.Name).ToList();
        Assert.Subset(new HashSet<string>(names), new HashSet<string> { "Shape", "Circle", "Square", "Base" });
        Assert.DoesNotContain("Other", names);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void A_discriminated_base_brings_the_classes_below_it_and_what_they_reach()
    {
        const string Pets = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pet: {get: {operationId: getPet, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}}}
              /other: {get: {operationId: getOther, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Plain'}}}}}}}
            components:
              schemas:
                Pet: {type: object, required: [kind], discriminator: {propertyName: kind}, properties: {kind: {type: string}}}
                Dog: {allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {collar: {$ref: '#/components/schemas/Collar'}}}]}
                Puppy: {allOf: [{$ref: '#/components/schemas/Dog'}, {type: object, properties: {age: {type: integer}}}]}
                Collar: {type: object, properties: {size: {type: integer}}}
                Plain: {type: object, properties: {x: {type: string}}}
                Derived: {allOf: [{$ref: '#/components/schemas/Plain'}, {type: object, properties: {y: {type: string}}}]}
            """;
        var (output, result, _) = GeneratorHarness.Run(Pets, metadata: Metadata("op:getPet", null));

        var names = GeneratorHarness.ModelOf(result).Types.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Collar", "Dog", "Pet", "Puppy"], names);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Widening_the_filter_emits_only_what_it_adds_and_what_lists_the_types()
    {
        var spec = new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec }, fileOptions: FileOptions(Metadata("path:/pets*", null)))
            .RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
            FileOptions(Metadata("path:/pets*;tag:Stores", null))));
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.Parse].Single().Outputs.Single().Reason);
        var emitted = result.TrackedSteps[TrackingNames.Emit]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Cached)
            .Select(o => ((Emit.GeneratedSource)o.Value).HintName.Replace("Consumer.Shop.", string.Empty, StringComparison.Ordinal))
            .ToList();
        Assert.Contains("Store.g.cs", emitted);
        Assert.Contains("Order.g.cs", emitted);
        Assert.DoesNotContain("Pet.g.cs", emitted);
        Assert.DoesNotContain("PetList.g.cs", emitted);
        Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith(".Store.g.cs", StringComparison.Ordinal));
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> FileOptions(Dictionary<string, string> metadata)
        => new() { [GeneratorHarness.SpecPath] = metadata };

    private static (ApiModel Model, GeneratorDriverRunResult Result) Generate(string? include = null, string? exclude = null)
    {
        var (_, result, _) = GeneratorHarness.Run(Spec, metadata: Metadata(include, exclude));
        return (GeneratorHarness.ModelOf(result), result);
    }

    internal static Dictionary<string, string> Metadata(string? include, string? exclude)
    {
        var metadata = new Dictionary<string, string>();
        if (include is not null)
        {
            metadata["build_metadata.AdditionalFiles.OpenApiIncludeOperations"] = include;
        }

        if (exclude is not null)
        {
            metadata["build_metadata.AdditionalFiles.OpenApiExcludeOperations"] = exclude;
        }

        return metadata;
    }

    private static List<string> ComponentTypes(ApiModel model)
        => model.Types.Select(t => t.Name).Where(AllComponents.Contains).Order(StringComparer.Ordinal).ToList();

    private static string Position(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1) + ":" + (span.StartLinePosition.Character + 1);
    }
}
