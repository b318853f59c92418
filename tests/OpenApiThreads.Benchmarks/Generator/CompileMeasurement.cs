using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiThreads.Benchmarks.Generator;

/// <summary>
/// <c>compile-openai</c>: generates code for OpenAI's full spec once, writes it to a folder, then compiles that folder
/// with Roslyn in a fresh child process per run (<c>compile-generated</c>), so the child's peak working set is the
/// compile's alone. A compile is parse + bind + emit of the DLL and its portable PDB, as <c>csc</c> does; the first
/// compile in a process pays Roslyn's JIT as a command-line csc would, the second shows a warm compiler server.
/// Not BenchmarkDotNet: one multi-second, multi-gigabyte run per process is what a build does, and BenchmarkDotNet
/// would keep the heap of earlier iterations in the same process.
/// </summary>
internal static class CompileMeasurement
{
    public static int Generate(int runs)
    {
        if (RepositoryFiles.OpenAiSpecPath is not { } specPath)
        {
            return 0;
        }

        string folder = Path.Combine(Path.GetTempPath(), "openapithreads-bench-openai-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            var spec = new GeneratorInputs.InMemoryText("/project/spec/openai-openapi.yaml", File.ReadAllText(specPath));
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            GeneratorDriver driver = GeneratorInputs.CreateDriver(spec).RunGenerators(GeneratorInputs.CreateCompilation(GeneratorInputs.ConsumerSource));
            clock.Stop();
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null)
            {
                Console.Error.WriteLine($"the generator threw: {result.Exception}");
                return 1;
            }

            long bytes = 0;
            foreach (GeneratedSourceResult source in result.GeneratedSources)
            {
                string text = source.SourceText.ToString();
                bytes += text.Length;
                File.WriteAllText(Path.Combine(folder, source.HintName), text);
            }

            Console.WriteLine($"generate (one cold driver run, JIT included): {clock.Elapsed.TotalMilliseconds:F0} ms, {allocated / 1048576.0:F0} MB allocated; {result.GeneratedSources.Length} files, {bytes / 1048576.0:F1} M characters, {result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error diagnostics");

            var lines = new List<string>();
            for (int run = 1; run <= runs; run++)
            {
                string line = RunChild(folder);
                Console.WriteLine($"compile run {run}: {line}");
                lines.Add(line);
            }

            Summarise(lines);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The child: compiles every .cs file in <paramref name="folder"/> twice and prints one result line.</summary>
    public static int Compile(string folder)
    {
        var (coldMilliseconds, errors, warnings) = CompileOnce(folder);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        long peakAfterCold = self.PeakWorkingSet64;
        long allocatedCold = GC.GetTotalAllocatedBytes(precise: true);
        var (warmMilliseconds, _, _) = CompileOnce(folder);
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold_ms={coldMilliseconds:F0} warm_ms={warmMilliseconds:F0} peak_ws_mb={peakAfterCold / 1048576.0:F0} peak_ws_both_mb={self.PeakWorkingSet64 / 1048576.0:F0} allocated_cold_mb={allocatedCold / 1048576.0:F0} errors={errors} warnings={warnings}"));
        return errors == 0 ? 0 : 1;
    }

    private static (double Milliseconds, int Errors, int Warnings) CompileOnce(string folder)
    {
        var clock = Stopwatch.StartNew();
        // csc parses the files of a project concurrently; so does this.
        SyntaxTree[] trees = Directory.GetFiles(folder, "*.cs").AsParallel().AsOrdered()
            .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file), Encoding.UTF8), GeneratorInputs.ParseOptions, path: file))
            .Append(CSharpSyntaxTree.ParseText(SourceText.From(GeneratorInputs.ConsumerSource, Encoding.UTF8), GeneratorInputs.ParseOptions, path: "Settings.cs"))
            .ToArray();
        CSharpCompilation compilation = GeneratorInputs.CreateCompilation(trees);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        clock.Stop();
        int errors = emitted.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = emitted.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        foreach (Diagnostic diagnostic in emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5))
        {
            Console.Error.WriteLine(diagnostic);
        }

        return (clock.Elapsed.TotalMilliseconds, errors, warnings);
    }

    private static string RunChild(string folder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Under `dotnet OpenApiThreads.Benchmarks.dll` the process is dotnet itself and needs the DLL first.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CompileMeasurement).Assembly.Location);
        }

        start.ArgumentList.Add("compile-generated");
        start.ArgumentList.Add(folder);
        using Process child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        string line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "";
        return child.ExitCode == 0 ? line : $"{line} (exit code {child.ExitCode})";
    }

    private static void Summarise(List<string> lines)
    {
        double Median(string key)
        {
            double[] values = lines.Select(line => line.Split(' ').FirstOrDefault(part => part.StartsWith(key + "=", StringComparison.Ordinal)))
                .Where(part => part is not null)
                .Select(part => double.Parse(part![(key.Length + 1)..], CultureInfo.InvariantCulture))
                .Order().ToArray();
            return values.Length == 0 ? double.NaN : values[values.Length / 2];
        }

        double Max(string key)
            => lines.Select(line => line.Split(' ').FirstOrDefault(part => part.StartsWith(key + "=", StringComparison.Ordinal)))
                .Where(part => part is not null)
                .Select(part => double.Parse(part![(key.Length + 1)..], CultureInfo.InvariantCulture))
                .DefaultIfEmpty(double.NaN).Max();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compile of the generated code, {lines.Count} runs: median {Median("cold_ms"):F0} ms cold (JIT included), median {Median("warm_ms"):F0} ms warm; peak working set max {Max("peak_ws_mb"):F0} MB (first compile), {Max("peak_ws_both_mb"):F0} MB (both compiles)"));
    }
}
