using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Emit;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Generated code names System.Text.Json, its metadata namespace, System.Collections.Generic and the spec's own
/// namespace through aliases declared in each file (<c>json::</c>, <c>metadata::</c>, <c>generic::</c>,
/// <c>api::</c>). Nothing a spec or a user names may capture or clash with them.
/// </summary>
public sealed class NamespaceAliasTests
{
    private const System.StringComparison Exact = System.StringComparison.Ordinal;

    // Schemas named after the aliases (and after the namespaces they stand for), in a namespace whose last part is one.
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Aliases, version: '1' }
        paths:
          /json:
            post:
              operationId: api
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/json' } } } }
              responses:
                '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/generic' } } } } }
        components:
          schemas:
            json: { type: object, properties: { api: { $ref: '#/components/schemas/api' }, metadata: { type: object, additionalProperties: { $ref: '#/components/schemas/metadata' } } } }
            api: { type: string, enum: [a, b] }
            metadata: { oneOf: [{ type: string }, { $ref: '#/components/schemas/generic' }] }
            generic: { type: object, required: [system], properties: { system: { type: string }, json: { type: array, items: { $ref: '#/components/schemas/json' } } } }
            System: { type: object, properties: { text: { type: string } } }
        """;

    [Fact]
    public void Spec_names_and_user_aliases_equal_to_the_aliases_neither_clash_nor_rename()
    {
        // The consumer declares global aliases of the same names, and types of those names in the same namespace.
        const string user = """
            global using json = System.Text;
            global using api = System;
            global using metadata = System.IO;
            global using generic = System.Linq;
            namespace Consumer.Api { internal sealed class generic { } }
            """;
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/project/aliases.yaml"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "Consumer.Api" },
        };
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/project/aliases.yaml", Spec)], fileOptions: metadata);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(user), out Compilation output, out _, TestContext.Current.CancellationToken);
        GeneratorDriverRunResult result = driver.GetRunResult();

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Model.ApiModel model = GeneratorHarness.ModelOf(result);
        Assert.Equal(["Api", "Generic", "Json", "Metadata", "System"], model.Types.Select(t => t.Name).Order(System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_file_declares_only_the_aliases_it_uses_after_its_namespace()
    {
        var (_, result, _) = GeneratorHarness.Run(Spec, "/project/aliases.yaml");

        // A string enum struct names nothing through an alias; an object with a map names collections and the JSON
        // element its unknown properties are kept as.
        Assert.DoesNotContain("using ", GeneratorHarness.Source(result, "Api.g.cs"), Exact);
        string json = GeneratorHarness.Source(result, "Json.g.cs");
        Assert.Contains("namespace Consumer.Aliases;\n\nusing api = global::Consumer.Aliases;\nusing generic = global::System.Collections.Generic;\nusing json = global::System.Text.Json;\n\npublic sealed partial class Json : api::AliasesJsonContext.IAdditionalData\n", json, Exact);
        Assert.Contains("public generic::IDictionary<string, api::Metadata>? Metadata { get; set; }", json, Exact);

        // The batch of the JSON context's parts declares what any of them uses, once, before the first part: the
        // aliases, then the shards whose methods they call.
        string batch = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(FileLayout.BatchSuffix, Exact)).SourceText.ToString();
        Assert.Contains("namespace Consumer.Aliases;\n\nusing api = global::Consumer.Aliases;\nusing generic = global::System.Collections.Generic;\nusing json = global::System.Text.Json;\nusing metadata = global::System.Text.Json.Serialization.Metadata;\nusing static global::Consumer.Aliases.AliasesJsonContext.__Shard", batch, Exact);
        Assert.Equal(batch.Split("\nusing static ").Length - 1, batch.Split("\nusing static ").Skip(1).Distinct().Count());

        // and its parts share one class block, and one block per shard.
        Assert.Equal(12, batch.Split("> Create_").Length - 1);
        Assert.Equal(1, batch.Split("\npartial class AliasesJsonContext\n").Length - 1);
        string[] shards = System.Text.RegularExpressions.Regex.Matches(batch, "\n    internal static partial class (__Shard[0-9]+)\n").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(shards);
        Assert.Equal(shards.Length, shards.Distinct().Count());

        // The typed properties are the context's own, in its file.
        string context = GeneratorHarness.Source(result, "AliasesJsonContext.g.cs");
        Assert.Equal(12, context.Split(" ??= Reached(Create_").Length - 1);
        Assert.Contains("    public metadata::JsonTypeInfo<api::Generic> Generic => ", context, Exact);
    }

    [Fact]
    public void A_namespace_with_a_keyword_part_generates_clean_code_under_file_names_without_the_escape()
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/aliases.yaml", new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "Shared.class" });

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        GeneratedSourceResult json = Assert.Single(result.Results.Single().GeneratedSources, s => s.HintName == "Shared.class.Json.g.cs");
        Assert.Contains("namespace Shared.@class;\n\nusing api = global::Shared.@class;\n", json.SourceText.ToString(), Exact);
    }

    [Theory]
    [InlineData("generic::IList<api::Run?>", "IList<Run?>")]
    [InlineData("generic::IDictionary<string, generic::IList<json::JsonElement>>", "IDictionary<string, IList<JsonElement>>")]
    [InlineData("global::System.DateTimeOffset?", "System.DateTimeOffset?")]
    [InlineData("long", "long")]
    public void Unqualified_names_read_as_a_person_writes_them(string name, string unqualified)
        => Assert.Equal(unqualified, NamespaceAliases.Unqualified(name));
}
