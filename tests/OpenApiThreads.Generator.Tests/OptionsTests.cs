using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>Per-spec options from AdditionalFiles metadata, and their defaults.</summary>
public sealed class OptionsTests
{
    private const string Petstore = """
        openapi: 3.0.3
        info: {title: Petstore API, version: '1'}
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        components:
          schemas:
            Error: {type: object, properties: {message: {type: string}}}
        """;

    [Fact]
    public void Defaults_come_from_the_root_namespace_and_the_title()
    {
        var (output, result, _) = GeneratorHarness.Run(Petstore);

        var names = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Consumer.Petstore.PetstoreClient.g.cs", names);
        Assert.Contains("Consumer.Petstore.PetstoreJsonContext.g.cs", names);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Internal_accessibility_makes_every_generated_type_internal()
    {
        var (output, result, _) = GeneratorHarness.Run(Petstore, metadata: new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiAccessibility"] = "internal" });

        var types = output.GetSymbolsWithName(_ => true, SymbolFilter.Type, TestContext.Current.CancellationToken).OfType<INamedTypeSymbol>().Where(t => t.ContainingType is null).ToList();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal(Accessibility.Internal, t.DeclaredAccessibility));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Models_only_leaves_out_the_client()
    {
        var (output, result, _) = GeneratorHarness.Run(Petstore, metadata: new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiModelsOnly"] = "true" });

        var names = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Consumer.Petstore.Error.g.cs", names);
        Assert.Contains("Consumer.Petstore.PetstoreJsonContext.g.cs", names);
        Assert.DoesNotContain(names, n => n.Contains("Client", System.StringComparison.Ordinal) || n.Contains("Exception", System.StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData("used", false, true)]
    [InlineData("all", true, true)]
    public void Fast_paths_go_to_what_the_client_uses_unless_all_are_asked_for(string? fastPaths, bool runIsWritten, bool requestIsWritten)
    {
        var metadata = new Dictionary<string, string>();
        if (fastPaths is not null)
        {
            metadata["build_metadata.AdditionalFiles.OpenApiFastPaths"] = fastPaths;
        }

        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec, metadata: metadata);

        // A run is only received: a reader always, a writer only when asked for. A run request is only sent.
        string run = GeneratorHarness.Source(result, "OpenAIThreadsJsonContext.RunObject.g.cs");
        string request = GeneratorHarness.Source(result, "OpenAIThreadsJsonContext.CreateRunRequest.g.cs");
        Assert.Contains("Read_RunObject(", run, System.StringComparison.Ordinal);
        Assert.Equal(runIsWritten, run.Contains("Serialize_RunObject(", System.StringComparison.Ordinal));
        Assert.Equal(requestIsWritten, request.Contains("Serialize_CreateRunRequest(", System.StringComparison.Ordinal));
        Assert.Equal(fastPaths == "all", request.Contains("Read_CreateRunRequest(", System.StringComparison.Ordinal));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void An_unknown_option_value_is_a_warning_and_the_default_is_used()
    {
        var (_, result, _) = GeneratorHarness.Run(Petstore, metadata: new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiAccessibility"] = "protected" });

        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal("OATG008", warning.Id);
        Assert.Contains("OpenApiAccessibility=\"protected\"", warning.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("public sealed partial class Error", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Two_specs_in_one_project_generate_side_by_side()
    {
        string threads = GeneratorHarness.ThreadsSpec;
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[]
        {
            new InMemoryAdditionalText("/project/spec/threads.yaml", threads),
            new InMemoryAdditionalText("/project/spec/petstore.yaml", Petstore),
        });
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out _, TestContext.Current.CancellationToken);

        GeneratorDriverRunResult result = driver.GetRunResult();
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        var names = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Consumer.OpenAIThreads.Error.g.cs", names);
        Assert.Contains("Consumer.Petstore.Error.g.cs", names);
    }

    [Fact]
    public void Two_specs_forced_into_one_namespace_get_a_clear_error_not_a_crash()
    {
        var sameNamespace = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "Shared" };
        GeneratorDriver driver = GeneratorHarness.CreateDriver(
            new[] { new InMemoryAdditionalText("/a/petstore.yaml", Petstore), new InMemoryAdditionalText("/b/petstore.yaml", Petstore) },
            fileOptions: new Dictionary<string, IReadOnlyDictionary<string, string>> { ["/a/petstore.yaml"] = sameNamespace, ["/b/petstore.yaml"] = sameNamespace });

        GeneratorDriverRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult();

        Assert.Null(result.Results.Single().Exception);
        Assert.Contains(result.Diagnostics, d => d.Id == "OATG009" && d.GetMessage().Contains("Shared.Error.g.cs", System.StringComparison.Ordinal));
    }
}
