using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// What the consuming compilation offers decides three things: streaming methods, the DI extension, and whether the
/// context's type-lookup switch is marked for the trimmer (.NET 9+).
/// </summary>
public sealed class CompilationFactsTests
{
    [Fact]
    public void Without_ServerSentEvents_the_streaming_methods_are_left_out_with_a_warning_and_the_rest_compiles()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.RemoveReferences(compilation.References.Where(r => r.Display!.EndsWith("System.Net.ServerSentEvents.dll", System.StringComparison.Ordinal)));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec) });

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics, TestContext.Current.CancellationToken);

        Diagnostic warning = Assert.Single(diagnostics);
        Assert.Equal("OATG012", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("3 operation(s) that answer text/event-stream", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.NullableChecked(output).GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string client = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith(".OpenAIThreadsClient.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.DoesNotContain("StreamingAsync(", client, System.StringComparison.Ordinal);
        Assert.Contains("CreateRunAsync(", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_Microsoft_Extensions_Http_there_is_no_registration_extension_and_no_error()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, GeneratorHarness.ThreadsSpec) });

        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("ServiceCollectionExtensions", System.StringComparison.Ordinal));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_type_lookup_switch_is_marked_for_the_trimmer_only_where_the_attribute_exists(bool attributeExists)
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec);
        Model.ApiModel model = GeneratorHarness.ModelOf(result);
        Emit.ContextEmitItem item = Emit.EmitPlan.Create(model, new Model.CompilationFacts(true, false, attributeExists)).OfType<Emit.ContextEmitItem>().Single();

        string context = Emit.ContextEmitter.Emit(item);

        Assert.Equal(attributeExists, context.Contains("[global::System.Diagnostics.CodeAnalysis.FeatureSwitchDefinition(\"" + Emit.ContextEmitter.SwitchName + "\")]", System.StringComparison.Ordinal));
        Assert.Contains("private static bool AnyTypeLookup => !global::System.AppContext.TryGetSwitch(\"" + Emit.ContextEmitter.SwitchName + "\"", context, System.StringComparison.Ordinal);
    }
}
