using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenApiThreads.Generator.Tests.Coverage;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Stripe;

/// <summary>
/// Stripe's whole spec (488 operations, 3.7 MB): every operation gets a client method. Whether each method takes every
/// parameter and body is <see cref="NothingDroppedTests"/>' job. Generating takes ~7 s; compiling the 72 batches it
/// produces takes 44 s on an idle 2-core machine and 85 s on a shared one, so the compile check runs only when
/// <see cref="CompileVariable"/> is <c>1</c>.
/// </summary>
public sealed class StripeAllOperationsTests(ITestOutputHelper output)
{
    public const string CompileVariable = "OPENAPITHREADS_STRIPE_COMPILE";

    private static readonly Lazy<(GeneratorRunResult Run, Compilation Output, TimeSpan Elapsed)?> Generated = new(Generate);

    [Fact]
    public void Every_operation_gets_a_client_method()
    {
        var (run, _, elapsed) = Generated.Value ?? Skip();
        output.WriteLine($"generated in {elapsed.TotalSeconds:F1} s: {run.GeneratedSources.Length} files, {run.Diagnostics.Length} diagnostics");

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        List<DeclaredOperation> operations = DeclaredOperations.Read(StripeSpec.Document!);
        Assert.Equal(488, operations.Count);

        HashSet<string> methods = ClientMethods(run);
        var missing = operations.Where(o => !methods.Contains(Normalize(o.OperationId!))).Select(o => o.OperationId + " (" + o.Method + " " + o.Path + ")").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of 488 operations have no method:\n" + string.Join("\n", missing.Take(40)));
    }

    [Fact]
    public void The_full_spec_compiles_without_errors()
    {
        if (Environment.GetEnvironmentVariable(CompileVariable) != "1")
        {
            Assert.Skip($"Compiling all of Stripe's generated code takes 45 to 85 s; set {CompileVariable}=1 to run it.");
        }

        var (_, compilation, _) = Generated.Value ?? Skip();
        var clock = Stopwatch.StartNew();
        var problems = GeneratorHarness.NullableChecked(compilation).GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        output.WriteLine($"compiled in {clock.Elapsed.TotalSeconds:F1} s: {problems.Count} errors and warnings");

        Assert.True(problems.Count == 0, $"{problems.Count} errors and warnings:\n" + string.Join("\n", problems.Take(40).Select(d => Method(d) + ": " + d.Id + " " + d.GetMessage())));
    }

    private static (GeneratorRunResult Run, Compilation Output, TimeSpan Elapsed)? Generate()
    {
        if (StripeSpec.Path is not { } path)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(path, File.ReadAllText(path)) })
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation compilation, out _);
        return (driver.GetRunResult().Results.Single(), compilation, clock.Elapsed);
    }

    private static (GeneratorRunResult, Compilation, TimeSpan) Skip()
    {
        Assert.Skip(StripeSpec.Missing);
        throw new UnreachableException();
    }

    /// <summary>The public async methods of the generated client, normalized, without their Async suffix.</summary>
    private static HashSet<string> ClientMethods(GeneratorRunResult run)
        => run.GeneratedSources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(m => m.Parent is ClassDeclarationSyntax { Identifier.ValueText: "StripeClient" } && m.Modifiers.Any(SyntaxKind.PublicKeyword))
            .Select(m => m.Identifier.ValueText)
            .Where(name => name.EndsWith("Async", StringComparison.Ordinal))
            .Select(name => Normalize(name[..^"Async".Length]))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The generated method a compiler diagnostic falls in, to name the operation in the failure message.</summary>
    private static string Method(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText
            ?? diagnostic.Location.ToString();

    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
