using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiThreads.Benchmarks.Generator;

/// <summary>
/// One full driver run of <see cref="OpenApiThreads.Generator.OpenApiGenerator"/> per spec: cold (a new driver, as a
/// fresh compiler has), warm after a C# edit that has nothing to do with the spec, and warm after a one-line YAML edit.
/// Every invocation gets a compilation object of its own, so no per-compilation symbol cache is reused between runs.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _consumerTree = null!;
    private SyntaxTree _editedConsumerTree = null!;
    private AdditionalText _spec = null!;
    private AdditionalText _editedSpec = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>The spec files that are present; OpenAI's is left out, with a message, when it is absent.</summary>
    public static IEnumerable<string> Specs()
    {
        yield return "threads.yaml";
        if (RepositoryFiles.OpenAiSpecPath is not null)
        {
            yield return "openai-openapi.yaml";
        }
    }

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = "threads.yaml";

    [GlobalSetup]
    public void Setup()
    {
        string path = Spec == "threads.yaml" ? RepositoryFiles.ThreadsSpecPath : RepositoryFiles.OpenAiSpecPath!;
        string text = File.ReadAllText(path);
        _spec = new GeneratorInputs.InMemoryText("/project/spec/" + Spec, text);
        _editedSpec = new GeneratorInputs.InMemoryText("/project/spec/" + Spec, GeneratorInputs.EditOneLine(text));
        _compilation = GeneratorInputs.CreateCompilation(GeneratorInputs.ConsumerSource);
        _consumerTree = _compilation.SyntaxTrees.Single();
        _editedConsumerTree = CSharpSyntaxTree.ParseText(GeneratorInputs.EditedConsumerSource, GeneratorInputs.ParseOptions, path: _consumerTree.FilePath);
        _warm = GeneratorInputs.CreateDriver(_spec).RunGenerators(_compilation.Clone());
    }

    [Benchmark(Description = "cold: new driver")]
    public GeneratorDriver Cold()
        => GeneratorInputs.CreateDriver(_spec).RunGenerators(_compilation.Clone());

    [Benchmark(Description = "warm: unrelated C# edit")]
    public GeneratorDriver WarmAfterCSharpEdit()
        => _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_consumerTree, _editedConsumerTree));

    /// <summary>What the C# edit costs without any generator, to subtract from the line above.</summary>
    [Benchmark(Description = "C# edit alone, no generator")]
    public Compilation CSharpEditAlone()
        => _compilation.ReplaceSyntaxTree(_consumerTree, _editedConsumerTree);

    [Benchmark(Description = "warm: one-line YAML edit")]
    public GeneratorDriver WarmAfterYamlEdit()
        => _warm.ReplaceAdditionalText(_spec, _editedSpec).RunGenerators(_compilation.Clone());
}
