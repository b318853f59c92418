using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OpenApiThreads.Benchmarks;

/// <summary>
/// A short job that fits a 2-core machine: 3 warmup and 8 measured iterations, one launch, run in-process (no
/// per-run project build, which would rebuild the generator and the client for every run). Allocations are counted
/// for the whole process (GC.GetTotalAllocatedBytes), so Roslyn's worker threads are included.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create()
        => DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(8)
                .WithId("Short, in-process"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "artifacts", "benchmarks"));
}
