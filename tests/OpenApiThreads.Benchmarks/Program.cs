using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using OpenApiThreads.Benchmarks.Generator;

namespace OpenApiThreads.Benchmarks;

/// <summary>
/// BenchmarkDotNet's switcher (pick with --filter, e.g. '*Serialization*'), plus measurements that are not
/// BenchmarkDotNet runs: generated-volume, compile-openai, check-incremental, generator-phases, alloc-profile, memory-peak, and compile-generated (the child
/// compile-openai starts).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args.Length > 0 ? args[0] : "")
        {
            case "generated-volume":
                return GeneratedVolume.Run();
            case "compile-openai":
                return CompileMeasurement.Generate(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
            case "compile-generated":
                return CompileMeasurement.Compile(args[1]);
            case "check-incremental":
                return IncrementalityReport.Run();
            case "generator-phases":
                return GeneratorPhases.Run(args.Length > 1 ? args[1] : null);
            case "memory-peak":
                return Memory.LargeResponseMeasurement.Run();
            case "alloc-profile":
                return AllocationProfile.Run(args[1..]);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
                return 0;
        }
    }
}
