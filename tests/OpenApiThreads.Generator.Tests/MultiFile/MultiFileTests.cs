using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.MultiFile;

/// <summary>A document split over several AdditionalFiles is generated as one, from the root only.</summary>
public sealed class MultiFileTests
{
    private const string Root = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            $ref: paths/pets.yaml
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - $ref: 'common/Error.yaml#/components/parameters/Id'
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: './Pet.yaml'}}}}
                default: {description: error, content: {application/json: {schema: {$ref: 'common/Error.yaml#/components/schemas/Error'}}}}
        components:
          schemas:
            Owner:
              type: object
              properties:
                pets: {type: array, items: {$ref: 'Pet.yaml#'}}
        """;

    private const string Pet = """
        type: object
        required: [name]
        properties:
          name: {type: string}
          tag: {$ref: '../shared/tags.json#/Tag'}
          friends: {type: array, items: {$ref: './Pet.yaml'}}
          owner: {$ref: 'openapi.yaml#/components/schemas/Owner'}
        """;

    private const string Error = """
        components:
          parameters:
            Id: {name: id, in: path, required: true, schema: {type: integer, format: int64}}
          schemas:
            Error:
              type: object
              properties:
                message: {type: string}
                cause: {$ref: '#/components/schemas/Error'}
        """;

    private const string Tags = """
        {"Tag": {"type": "object", "properties": {"label": {"type": "string"}, "pet": {"$ref": "../api/Pet.yaml"}}}}
        """;

    private const string PetsPath = """
        get:
          operationId: listPets
          responses:
            '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '../Pet.yaml'}}}}}
        """;

    private static (string, string)[] Files(string root = Root) =>
    [
        ("/project/api/openapi.yaml", root),
        ("/project/api/Pet.yaml", Pet),
        ("/project/api/common/Error.yaml", Error),
        ("/project/shared/tags.json", Tags),
        ("/project/api/paths/pets.yaml", PetsPath),
    ];

    [Fact]
    public void References_into_other_files_resolve_yaml_and_json_mixed_with_cycles()
    {
        var (output, result, _) = GeneratorHarness.RunFiles(Files());
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

        // One model: the fragments are not documents of their own.
        ApiModel model = GeneratorHarness.ModelOf(result);
        Assert.Equal(["getPet", "listPets"], model.Operations.Select(o => o.OperationId).Order().ToArray());

        var pet = (ObjectSpec)model.Types.Single(t => t.Name == "Pet");
        Assert.Equal("Pet", pet.Properties.Single(p => p.JsonName == "friends").Type.Element!.Name);
        Assert.Equal("Tag", pet.Properties.Single(p => p.JsonName == "tag").Type.Name);
        Assert.Equal("Owner", pet.Properties.Single(p => p.JsonName == "owner").Type.Name);
        var tag = (ObjectSpec)model.Types.Single(t => t.Name == "Tag");
        Assert.Equal("Pet", tag.Properties.Single(p => p.JsonName == "pet").Type.Name);
        var error = (ObjectSpec)model.Types.Single(t => t.Name == "Error");
        Assert.Equal("Error", error.Properties.Single(p => p.JsonName == "cause").Type.Name);
        Assert.Equal("Pet", ((ObjectSpec)model.Types.Single(t => t.Name == "Owner")).Properties.Single().Type.Element!.Name);

        OperationSpec getPet = model.Operations.Single(o => o.OperationId == "getPet");
        Assert.Equal("long", getPet.Parameters.Single().Type.Name);
        Assert.Equal("Pet", getPet.Response.Type!.Name);
    }

    [Fact]
    public void A_file_that_is_not_an_additional_file_is_an_error_at_the_reference_naming_the_item()
    {
        var (_, result, _) = GeneratorHarness.RunFiles(Files().Where(f => !f.Item1.EndsWith("Error.yaml", System.StringComparison.Ordinal)).ToArray());
        Diagnostic[] missing = result.Diagnostics.Where(d => d.Id == "OATG015").ToArray();
        Assert.True(missing.Length == 2, string.Join("\n", result.Diagnostics));
        Diagnostic first = missing.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).First();
        FileLinePositionSpan span = first.Location.GetLineSpan();
        Assert.Equal("/project/api/openapi.yaml", span.Path);
        Assert.Equal((9, 10), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(DiagnosticSeverity.Error, first.Severity);
        Assert.Contains("<AdditionalFiles Include=\"common/Error.yaml\" />", first.GetMessage(), System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OATG005");
    }

    [Fact]
    public void A_problem_inside_a_fragment_is_reported_in_the_fragment()
    {
        string broken = Pet.Replace("owner: {$ref: 'openapi.yaml#/components/schemas/Owner'}", "owner: {$ref: '#/definitions/Nowhere'}", System.StringComparison.Ordinal);
        var (output, result, _) = GeneratorHarness.RunFiles(Files().Select(f => f.Item1.EndsWith("Pet.yaml", System.StringComparison.Ordinal) ? (f.Item1, broken) : f).ToArray());
        Assert.True(result.Diagnostics.Count(d => d.Id == "OATG005") == 1, string.Join("\n", result.Diagnostics));
        Diagnostic unresolved = result.Diagnostics.Single(d => d.Id == "OATG005");
        FileLinePositionSpan span = unresolved.Location.GetLineSpan();
        Assert.Equal("/project/api/Pet.yaml", span.Path);
        Assert.Equal(6, span.StartLinePosition.Line);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void A_fragment_schema_whose_name_the_root_uses_gets_the_file_name_before_it()
    {
        string root = Root.Replace("    Owner:", "    Error: {type: object, properties: {code: {type: integer}}}\n    Owner:", System.StringComparison.Ordinal);
        var (output, result, _) = GeneratorHarness.RunFiles(Files(root));
        Assert.Empty(GeneratorHarness.Problems(output));
        ApiModel model = GeneratorHarness.ModelOf(result);
        Assert.Contains(model.Types, t => t.Name == "Error");
        Assert.Contains(model.Types, t => t.Name == "ErrorError");
    }

    [Fact]
    public void Swagger_2_definitions_in_another_file_become_definitions()
    {
        const string root = """
            swagger: '2.0'
            info: {title: Pets, version: '1'}
            produces: [application/json]
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200': {description: ok, schema: {type: array, items: {$ref: 'definitions.json#/definitions/Pet'}}}
            """;
        const string definitions = """{"definitions": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}}""";
        var (output, result, _) = GeneratorHarness.RunFiles(("/p/swagger.yaml", root), ("/p/definitions.json", definitions));
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        TypeRef? type = GeneratorHarness.ModelOf(result).Operations.Single().Response.Type;
        Assert.True(type?.Element?.Name == "Pet", type?.Kind + " " + type?.Name + " " + type?.Element?.Name);
    }

    [Fact]
    public void Editing_a_referenced_fragment_regenerates_and_editing_an_unreferenced_file_does_not()
    {
        var files = Files().Select(f => new InMemoryAdditionalText(f.Item1, f.Item2)).ToList();
        var unrelated = new InMemoryAdditionalText("/project/other/settings.json", "{\"a\": 1}");
        files.Add(unrelated);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        driver = driver.ReplaceAdditionalText(unrelated, new InMemoryAdditionalText(unrelated.Path, "{\"a\": 2}"));
        GeneratorRunResult quiet = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        Assert.All(Reasons(quiet, TrackingNames.Documents), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(quiet, TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        InMemoryAdditionalText pet = files.Single(f => f.Path.EndsWith("Pet.yaml", System.StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(pet, new InMemoryAdditionalText(pet.Path, Pet + "\n  nickname: {type: string}\n"));
        GeneratorRunResult edited = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(edited, TrackingNames.Parse));
        string petSource = edited.GeneratedSources.Single(s => s.HintName == "Consumer.Pets.Pet.g.cs").SourceText.ToString();
        Assert.Contains("Nickname", petSource, System.StringComparison.Ordinal);
    }

    // Pet.yaml mentions "openapi" (in a $ref), so it is read as a candidate document too and found not to be one.
    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}
