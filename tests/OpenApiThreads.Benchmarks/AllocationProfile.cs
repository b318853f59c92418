using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace OpenApiThreads.Benchmarks;

/// <summary>
/// <c>alloc-profile Class.Method[:Property=value]…</c>: where a benchmark's bytes go. Runs each named benchmark method for about two
/// seconds and tallies the runtime's allocation samples (GCAllocationTick: one per ~100 KB allocated, with the type
/// of the object that crossed the mark), so the share of each type approximates its share of the bytes.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(IEnumerable<string> names)
    {
        foreach (string name in names)
        {
            // Class.Method, or Class.Method:Property=value to set a [Params] property first.
            string[] parameter = name.Split(':', 2);
            string[] parts = parameter[0].Split('.', 2);
            Type type = typeof(Program).Assembly.GetTypes().Single(t => t.Name == parts[0]);
            object instance = Activator.CreateInstance(type)!;
            if (parameter.Length == 2)
            {
                string[] assignment = parameter[1].Split('=', 2);
                type.GetProperty(assignment[0])!.SetValue(instance, assignment[1]);
            }

            type.GetMethods().SingleOrDefault(m => m.GetCustomAttribute<BenchmarkDotNet.Attributes.GlobalSetupAttribute>() is not null)?.Invoke(instance, null);
            MethodInfo method = type.GetMethod(parts[1]) ?? throw new ArgumentException("no method " + name);
            Func<object?> invoke = () =>
            {
                object? result = method.Invoke(instance, null);
                if (result is Task task)
                {
                    task.GetAwaiter().GetResult();
                }

                return result;
            };

            for (int i = 0; i < 1000; i++)
            {
                invoke();
            }

            using var listener = new AllocationListener();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            long operations = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 2000)
            {
                invoke();
                operations++;
            }

            long perOperation = (GC.GetTotalAllocatedBytes(precise: true) - before) / operations;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {perOperation} B/op (with reflection-invoke overhead), {operations} ops, {listener.Samples.Values.Sum()} samples"));
            foreach (var (typeName, count) in listener.Samples.OrderByDescending(p => p.Value).Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * count / listener.Samples.Values.Sum(),5:F1}%  {typeName}"));
            }
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public ConcurrentDictionary<string, long> Samples { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventName is { } name && name.StartsWith("GCAllocationTick", StringComparison.Ordinal) && data.PayloadNames is { } names)
            {
                int index = names.IndexOf("TypeName");
                string typeName = index >= 0 ? data.Payload![index] as string ?? "?" : "?";
                Samples.AddOrUpdate(typeName, 1, (_, count) => count + 1);
            }
        }
    }
}
