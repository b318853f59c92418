using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OpenApiThreads.Benchmarks.Files;

/// <summary>
/// How far one operation raises the process's resident set above where it started. On Linux the kernel keeps the
/// peak (VmHWM in /proc/self/status), and writing 5 to /proc/self/clear_refs resets it to the current size, so the
/// peak is exact, not sampled. Elsewhere a 1 ms sampler stands in for it.
/// </summary>
internal static class PeakWorkingSet
{
    private static readonly ConcurrentDictionary<string, long> s_largestGrowth = new();

    /// <summary>Runs <paramref name="operation"/> and records its growth under <paramref name="name"/> (the largest seen is kept).</summary>
    public static T Measure<T>(string name, Func<T> operation)
    {
        long growth;
        T result;
        if (TryResetPeak())
        {
            long before = ReadStatus("VmRSS:");
            result = operation();
            growth = ReadStatus("VmHWM:") - before;
        }
        else
        {
            using var process = Process.GetCurrentProcess();
            long before = process.WorkingSet64;
            long peak = before;
            bool done = false;
            var sampler = new System.Threading.Thread(() =>
            {
                using var self = Process.GetCurrentProcess();
                while (!System.Threading.Volatile.Read(ref done))
                {
                    self.Refresh();
                    peak = Math.Max(peak, self.WorkingSet64);
                    System.Threading.Thread.Sleep(1);
                }
            });
            sampler.Start();
            result = operation();
            System.Threading.Volatile.Write(ref done, true);
            sampler.Join();
            growth = peak - before;
        }

        s_largestGrowth.AddOrUpdate(name, growth, (_, largest) => Math.Max(largest, growth));
        return result;
    }

    /// <summary>The largest growth recorded for <paramref name="name"/>, in bytes.</summary>
    public static long? LargestGrowth(string name) => s_largestGrowth.TryGetValue(name, out long growth) ? growth : null;

    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long ReadStatus(string field)
    {
        string line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        // "VmHWM:	  123456 kB"
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
