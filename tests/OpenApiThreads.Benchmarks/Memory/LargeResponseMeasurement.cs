using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace OpenApiThreads.Benchmarks.Memory;

/// <summary>
/// <c>memory-peak</c>: the peak and the retained memory of one 200 MB call, which BenchmarkDotNet's MemoryDiagnoser
/// (bytes allocated) does not give. A sampler thread reads the managed heap every millisecond during the call. All
/// figures are relative to the heap before the call (which holds the server's copy of the body):
/// <list type="bullet">
/// <item>peak: the highest heap seen during the call;</item>
/// <item>result: the parsed page alone, held after full collections (what any client must hold);</item>
/// <item>retained: the heap after the page is dropped and two full, compacting collections (should be ~0).</item>
/// </list>
/// Run it in a fresh process: <c>dotnet run -c Release --project tests/OpenApiThreads.Benchmarks -- memory-peak</c>.
/// </summary>
internal static class LargeResponseMeasurement
{
    private const double Mb = 1024 * 1024;

    public static int Run()
    {
        using var benchmark = new LargeResponseBenchmarks();
        benchmark.Setup();
        Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);

        long peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler.Start();

        var clock = Stopwatch.StartNew();
        (int count, long result) = CallAndWeighResult(benchmark, baseline, clock, () =>
        {
            done.Set();
            sampler.Join();
        });
        Collect();
        long retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;

        double body = benchmark.BodyBytes;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "body {0:F0} MB, {1} messages, {2:F1} s | peak +{3:F0} MB ({4:F2}x body) | result +{5:F0} MB | peak beyond the result +{6:F0} MB ({7:F2}x body) | retained after the call +{8:F0} MB",
            body / Mb, count, clock.Elapsed.TotalSeconds, (peak - baseline) / Mb, (peak - baseline) / body, result / Mb, (peak - baseline - result) / Mb, (peak - baseline - result) / body, retained / Mb));
        return 0;
    }

    /// <summary>
    /// The call, then the page's own weight while it is still held. A method of its own, so that nothing of the call
    /// (the task, the page) is left in a stack slot of the caller when "retained" is measured.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (int Count, long Result) CallAndWeighResult(LargeResponseBenchmarks benchmark, long baseline, Stopwatch clock, Action stopSampling)
    {
        ListMessagesResponse page = benchmark.ReadPage().GetAwaiter().GetResult();
        clock.Stop();
        stopSampling();
        Collect();
        long result = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        int count = page.Data.Count;
        GC.KeepAlive(page);
        return (count, result);
    }

    private static void Collect()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
    }
}
