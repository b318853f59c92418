using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace OpenApiThreads.Benchmarks.Generator;

/// <summary>
/// <c>generated-volume</c>: how much C# the generator adds for threads.yaml, OpenAI's full spec, and OpenAI's spec
/// with <c>OpenApiIncludeOperations="path:/threads*"</c> (issue 14's Targets). Bytes are the UTF-8 size of every
/// generated source; files are the sources the compiler gets (a spec of over 500 files is added in batches, each one
/// compilation unit with one header). <c>OPENAPITHREADS_VOLUME_DUMP=folder</c> writes the sources there to look at. Deterministic, so one run each and not BenchmarkDotNet. Prints one line per spec and a
/// machine-readable <c>volume name=... files=... bytes=...</c> line that run-size-targets.sh reads.
/// </summary>
internal static class GeneratedVolume
{
    public const string ThreadsInclude = "path:/threads*";

    public static int Run()
    {
        var rows = new List<(string Name, int Files, long Bytes, int Errors)>
        {
            Measure("threads", RepositoryFiles.ThreadsSpecPath, include: null),
        };
        if (RepositoryFiles.OpenAiSpecPath is { } openAi)
        {
            rows.Add(Measure("openai", openAi, include: null));
            rows.Add(Measure("openai-threads-filter", openAi, ThreadsInclude));
        }

        long threadsBytes = rows[0].Bytes;
        foreach (var (name, files, bytes, errors) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"volume name={name} files={files} bytes={bytes} mb={bytes / 1e6:F2} vs_threads={(double)bytes / threadsBytes:F2} errors={errors}"));
        }

        return rows.Any(row => row.Errors > 0) ? 1 : 0;
    }

    private static (string Name, int Files, long Bytes, int Errors) Measure(string name, string path, string? include)
    {
        var spec = new GeneratorInputs.InMemoryText("/project/spec/" + Path.GetFileName(path), File.ReadAllText(path));
        var metadata = new Dictionary<string, string>();
        if (include is not null)
        {
            metadata["build_metadata.AdditionalFiles.OpenApiIncludeOperations"] = include;
        }

        GeneratorRunResult result = GeneratorInputs.CreateDriver(spec, options: GeneratorInputs.OptionsWithSpecMetadata(metadata))
            .RunGenerators(GeneratorInputs.CreateCompilation(GeneratorInputs.ConsumerSource))
            .GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            Console.Error.WriteLine($"{name}: the generator threw: {result.Exception}");
            return (name, 0, 0, 1);
        }

        int files = 0;
        long bytes = 0;
        foreach (GeneratedSourceResult source in result.GeneratedSources)
        {
            string text = source.SourceText.ToString();
            files++;
            if (Environment.GetEnvironmentVariable("OPENAPITHREADS_VOLUME_DUMP") is { Length: > 0 } dump)
            {
                Directory.CreateDirectory(Path.Combine(dump, name));
                File.WriteAllText(Path.Combine(dump, name, source.HintName), text);
            }

            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return (name, files, bytes, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
    }
}
