using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi.Reader;
using OpenApiThreads.Generator;

namespace OpenApiThreads.Benchmarks.Generator;

/// <summary>
/// <c>generator-phases [spec]</c>: where a cold run's time goes. Times the generator's own stages one by one (YAML to
/// JsonNode, Microsoft.OpenApi's reader, the whole parse to our model) and the driver's parse of the generated C#,
/// against one whole cold driver run. The generator's stages are internal (it grants InternalsVisibleTo only to its
/// tests), so this diagnostic reaches them by reflection; the benchmarks themselves use only its public surface.
/// </summary>
internal static class GeneratorPhases
{
    private const int Runs = 5;

    public static int Run(string? which)
    {
        string path = which is null or "openai" ? RepositoryFiles.OpenAiSpecPath ?? RepositoryFiles.ThreadsSpecPath : RepositoryFiles.ThreadsSpecPath;
        string text = File.ReadAllText(path);
        var spec = new GeneratorInputs.InMemoryText("/project/spec/" + Path.GetFileName(path), text);

        // What a fresh compiler process pays once: JIT of Roslyn's driver, the generator, YamlDotNet, Microsoft.OpenApi.
        var first = Stopwatch.StartNew();
        GeneratorInputs.CreateDriver(spec).RunGenerators(GeneratorInputs.CreateCompilation(GeneratorInputs.ConsumerSource));
        first.Stop();

        Assembly generator = typeof(OpenApiGenerator).Assembly;

        Type yamlReader = generator.GetType("OpenApiThreads.Generator.Parsing.YamlJsonReader", throwOnError: true)!;
        Type duplicateKey = yamlReader.GetNestedType("DuplicateKey", BindingFlags.Public | BindingFlags.NonPublic)!;
        MethodInfo readYaml = yamlReader.GetMethod("Read", BindingFlags.Public | BindingFlags.Static)!;
        Type specInput = generator.GetType("OpenApiThreads.Generator.SpecInput", throwOnError: true)!;
        object input = specInput.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [spec, GeneratorInputs.Options, CancellationToken.None])!;
        MethodInfo parse = generator.GetType("OpenApiThreads.Generator.Parsing.SpecParser", throwOnError: true)!.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static)!;

        // SpecParser.ReadTolerantly: a block scalar whose first line is only spaces fails strict YAML, and the
        // generator then reads the whole text again with whitespace-only lines emptied. Time both reads.
        string readable = text;
        Func<string, object?> read = yaml => readYaml.Invoke(null, [yaml, (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(duplicateKey))!]);
        try
        {
            read(text);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is YamlDotNet.Core.YamlException)
        {
            readable = Regex.Replace(text, "^[ \\t]+$", string.Empty, RegexOptions.Multiline | RegexOptions.CultureInvariant);
        }

        JsonObject document = (JsonObject)read(readable)!;
        GeneratorRunResult run = GeneratorInputs.CreateDriver(spec).RunGenerators(GeneratorInputs.CreateCompilation(GeneratorInputs.ConsumerSource)).GetRunResult().Results.Single();
        string[] generated = run.GeneratedSources.Select(source => source.SourceText.ToString()).ToArray();

        Console.WriteLine($"{Path.GetFileName(path)}: {text.Length / 1048576.0:F1} M characters in, {generated.Length} files and {generated.Sum(g => (long)g.Length) / 1048576.0:F1} M characters out; median of {Runs} runs after a warm-up of up to 30 runs or 3 s");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"first cold driver run in this process (JIT included)",-56} {first.Elapsed.TotalMilliseconds,8:F0} ms"));
        if (!ReferenceEquals(readable, text))
        {
            Measure("YAML to JsonNode, first attempt (fails: spaces-only line)", () => Attempt(read, text));
        }

        Measure("YAML to JsonNode (YamlJsonReader, YamlDotNet)", () => read(readable));
        Measure("OpenAPI reader on that JsonNode (Microsoft.OpenApi)", () => new OpenApiJsonReader().Read(document.DeepClone(), new Uri("file:///spec.yaml"), new OpenApiReaderSettings { LoadExternalRefs = false }));
        Measure("  of which copying the JsonNode (not in the generator)", () => document.DeepClone());
        Measure("whole parse: YAML, reader, our model (SpecParser)", () => parse.Invoke(null, [input, CancellationToken.None]));
        Measure("Roslyn parse of the generated files", () => generated.Select(g => CSharpSyntaxTree.ParseText(g, GeneratorInputs.ParseOptions)).ToArray());
        Measure("whole cold driver run", () => GeneratorInputs.CreateDriver(spec).RunGenerators(GeneratorInputs.CreateCompilation(GeneratorInputs.ConsumerSource)));
        return 0;
    }

    private static object? Attempt(Func<string, object?> read, string text)
    {
        try
        {
            return read(text);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static void Measure(string what, Func<object?> action)
    {
        // Warm up until the JIT has tiered the hot code up (30 calls), or for 3 s when a call is slow.
        var warmUp = Stopwatch.StartNew();
        for (int i = 0; i < 30 && (i == 0 || warmUp.ElapsedMilliseconds < 3000); i++)
        {
            action();
        }

        var times = new List<double>();
        var bytes = new List<long>();
        for (int i = 0; i < Runs; i++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(action());
            clock.Stop();
            times.Add(clock.Elapsed.TotalMilliseconds);
            bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        times.Sort();
        bytes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-56} {times[Runs / 2],8:F0} ms {bytes[Runs / 2] / 1048576.0,8:F0} MB allocated"));
    }
}
