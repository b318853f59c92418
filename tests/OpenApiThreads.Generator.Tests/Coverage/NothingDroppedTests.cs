using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using OpenApiThreads.Generator.Parsing;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Coverage;

/// <summary>
/// Nothing is dropped silently, checked from the outside over every spec the tests know: each operation the document
/// declares has a client method that takes each of its parameters and its body, or a diagnostic inside that
/// operation (or naming it) says what was left out. The document is read as raw JSON and the client as C# syntax,
/// so the generator's own model is not trusted to report on itself.
/// </summary>
public sealed class NothingDroppedTests
{
    private readonly ITestOutputHelper _output;

    public NothingDroppedTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_declared_parameter_and_body_is_taken_or_reported()
    {
        IReadOnlyList<string> specs = SpecCatalog.All();
        Assert.NotEmpty(specs);
        var table = new StringBuilder();
        table.AppendLine($"{"spec",-52} {"ops",5} {"methods",7} {"params",6} {"taken",6} {"fixed",6} {"rep.",5} {"bodies",6} {"rep.",5} {"silent",6}");
        var silent = new List<string>();
        foreach (string path in specs)
        {
            Coverage coverage = Check(path, silent);
            table.AppendLine($"{Path.GetFileName(path),-52} {coverage.Operations,5} {coverage.Methods,7} {coverage.Parameters,6} {coverage.Taken,6} {coverage.Fixed,6} {coverage.ReportedParameters,5} {coverage.Bodies,6} {coverage.ReportedBodies,5} {coverage.Silent,6}");
        }

        _output.WriteLine(table.ToString());
        Assert.True(silent.Count == 0, $"{silent.Count} silent drop(s):\n" + string.Join("\n", silent.Take(40)));
    }

    private sealed class Coverage
    {
        public int Operations;
        public int Methods;
        public int Parameters;
        public int Taken;
        public int Fixed;
        public int ReportedParameters;
        public int Bodies;
        public int ReportedBodies;
        public int Silent;
    }

    private static Coverage Check(string path, List<string> silent)
    {
        var coverage = new Coverage();
        string text = File.ReadAllText(path);
        if (ReadDocument(text) is not JsonObject document || !(document.ContainsKey("openapi") || document.ContainsKey("swagger")))
        {
            return coverage;
        }

        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(path, text) })
            .RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Dictionary<string, HashSet<string>> methods = ClientMethods(run);
        List<DeclaredOperation> operations = DeclaredOperations.Read(document);
        Func<DeclaredOperation, List<Diagnostic>> about = DiagnosticsByOperation(text, document, operations, run.Diagnostics);
        bool wholeSpecFailed = run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        foreach (DeclaredOperation operation in operations)
        {
            coverage.Operations++;
            List<Diagnostic> reasons = about(operation);
            string name = Normalize(reasons.Where(d => d.Id == "OATG006").Select(d => d.GetMessage().Split('\'')[^2]).FirstOrDefault() ?? operation.OperationId ?? string.Empty);
            string where = Path.GetFileName(path) + " " + operation.Method + " " + operation.Path;
            if (!methods.TryGetValue(name, out HashSet<string>? parameters))
            {
                if (reasons.Count == 0 && !wholeSpecFailed)
                {
                    coverage.Silent++;
                    silent.Add(where + ": no method and no diagnostic");
                }

                continue;
            }

            coverage.Methods++;
            foreach (DeclaredParameter parameter in operation.Parameters)
            {
                coverage.Parameters++;
                if (Takes(parameters, Normalize(parameter.Name)))
                {
                    coverage.Taken++;
                }
                else if (parameter.IsFixed)
                {
                    coverage.Fixed++;
                }
                else if (reasons.Count > 0)
                {
                    coverage.ReportedParameters++;
                }
                else
                {
                    coverage.Silent++;
                    silent.Add(where + ": the " + parameter.In + " parameter '" + parameter.Name + "' is not taken and no diagnostic says why");
                }
            }

            if (operation.HasBody)
            {
                coverage.Bodies++;
                if (!parameters.Contains("body"))
                {
                    if (reasons.Count > 0)
                    {
                        coverage.ReportedBodies++;
                    }
                    else
                    {
                        coverage.Silent++;
                        silent.Add(where + ": the body is not taken and no diagnostic says why");
                    }
                }
            }
        }

        return coverage;
    }

    /// <summary>The public methods of the generated client classes, by normalized name without Async, with their parameters.</summary>
    private static Dictionary<string, HashSet<string>> ClientMethods(GeneratorRunResult run)
    {
        var methods = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (GeneratedSourceResult source in run.GeneratedSources)
        {
            foreach (MethodDeclarationSyntax method in source.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                string name = method.Identifier.ValueText;
                if (method.Parent is not ClassDeclarationSyntax || !method.Modifiers.Any(SyntaxKind.PublicKeyword) || !name.EndsWith("Async", StringComparison.Ordinal)
                    || name.EndsWith("AutoPagingAsync", StringComparison.Ordinal))
                {
                    continue;
                }

                string key = Normalize(name[..^"Async".Length]);
                if (name.EndsWith("StreamingAsync", StringComparison.Ordinal))
                {
                    key = Normalize(name[..^"StreamingAsync".Length]);
                }

                if (!methods.TryGetValue(key, out HashSet<string>? parameters))
                {
                    methods[key] = parameters = new HashSet<string>(StringComparer.Ordinal);
                }

                parameters.UnionWith(method.ParameterList.Parameters.Select(p => Normalize(p.Identifier.ValueText)));
            }
        }

        return methods;
    }

    /// <summary>
    /// The diagnostics about an operation: those located between its start and the next operation's (or the next
    /// top-level section's), and any whose message names it.
    /// </summary>
    private static Func<DeclaredOperation, List<Diagnostic>> DiagnosticsByOperation(string text, JsonObject document, List<DeclaredOperation> operations, IEnumerable<Diagnostic> diagnostics)
    {
        var pointers = operations.Select(o => o.Pointer).Concat(document.Select(p => "#/" + JsonPointer.Escape(p.Key))).ToList();
        Dictionary<string, LinePositionSpan> spans = SourceLocator.LocateAll(text, pointers);
        var boundaries = spans.Values.Select(s => s.Start.Line).Distinct().Order().ToList();
        var all = diagnostics.ToList();
        return operation =>
        {
            int start = spans[operation.Pointer].Start.Line;
            int end = boundaries.FirstOrDefault(b => b > start, int.MaxValue);
            return all.Where(d =>
            {
                int line = d.Location.GetLineSpan().StartLinePosition.Line;
                string message = d.GetMessage();
                return (line >= start && line < end && d.Location != Location.None)
                    || (operation.OperationId is { Length: > 0 } id && message.Contains(id + ":", StringComparison.Ordinal))
                    || message.Contains(operation.Method + " " + operation.Path, StringComparison.Ordinal);
            }).ToList();
        };
    }

    /// <summary>
    /// Whether a method parameter carries this spec parameter: the same name, or the name the generator gives it
    /// when its own is taken (a local's name gets <c>Parameter</c>, a repeat a number).
    /// </summary>
    private static bool Takes(HashSet<string> parameters, string name)
        => parameters.Any(p => p == name || (p.StartsWith(name, StringComparison.Ordinal) && (p[name.Length..] == "parameter" || p[name.Length..].All(char.IsAsciiDigit))));

    /// <summary>The document as JSON; a literal block whose first line is only spaces (strict YAML refuses it) read as the generator reads it.</summary>
    private static JsonNode? ReadDocument(string text)
    {
        try
        {
            return YamlJsonReader.Read(text, new List<YamlJsonReader.DuplicateKey>());
        }
        catch (YamlDotNet.Core.YamlException) when (LiteralBlockRepair.Find(text) is { } repair)
        {
            return YamlJsonReader.Read(repair.Text, new List<YamlJsonReader.DuplicateKey>(), repair.HeaderLines);
        }
    }

    /// <summary>Letters and digits only, lower case: spec names and C# names compare alike (x-request-id, xRequestId).</summary>
    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
