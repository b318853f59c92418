using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>What lands in a consumer's assembly: nothing meant for our tests, and nothing for a compiler that cannot take it.</summary>
public sealed class GeneratedSurfaceTests
{
    [Fact]
    public void The_generated_code_carries_no_hooks_for_tests()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec);

        string all = string.Concat(result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.DoesNotContain("FastReaderFor", all, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadWithGeneratedReader", all, StringComparison.Ordinal);
        Assert.DoesNotContain("for tests", all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_parameter_component_shared_by_operations_is_one_type()
    {
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec);

        ApiModel model = GeneratorHarness.ModelOf(result);
        var orderTypes = model.Operations.SelectMany(o => o.Parameters).Where(p => p.JsonName == "order").Select(p => p.Type.AsNonNullable()).Distinct().ToList();
        Assert.Equal("ListOrder", Assert.Single(orderTypes).Name);
        Assert.DoesNotContain(model.Types, t => t.Name is "ListMessagesOrder" or "ListRunsOrder" or "ListRunStepsOrder");
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Theory]
    [InlineData("10", true)]
    [InlineData("9", true)]
    [InlineData("11", false)]
    [InlineData("latest", false)]
    public void An_older_language_version_is_one_clear_error_instead_of_broken_code(string langVersion, bool tooOld)
    {
        Assert.True(LanguageVersionFacts.TryParse(langVersion, out LanguageVersion version));
        var parseOptions = new CSharpParseOptions(version);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec) })
            .WithUpdatedParseOptions(parseOptions);
        Compilation input = GeneratorHarness.CreateCompilation().WithOptions(GeneratorHarness.CreateCompilation().Options);
        input = input.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { }", parseOptions, cancellationToken: TestContext.Current.CancellationToken));

        GeneratorDriverRunResult result = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _, TestContext.Current.CancellationToken).GetRunResult();

        if (tooOld)
        {
            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("OATG013", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
            Assert.Contains("threads.yaml", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains(version.ToDisplayString(), diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(result.Results.Single().GeneratedSources);
        }
        else
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OATG013");
            Assert.NotEmpty(result.Results.Single().GeneratedSources);
            Assert.Empty(GeneratorHarness.Problems(output));
        }
    }
}
