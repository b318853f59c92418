using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OpenApiThreads.Benchmarks.Files;

/// <summary>
/// The largest working-set growth <see cref="PeakWorkingSet"/> recorded for a benchmark over all its invocations
/// (pilot, warm-up and measured). Read from the same process, which the in-process toolchain guarantees.
/// </summary>
internal sealed class PeakWorkingSetColumn : IColumn
{
    public string Id => nameof(PeakWorkingSetColumn);

    public string ColumnName => "Peak WS growth";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Largest rise of the process's peak resident set over one operation, across all invocations";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => PeakWorkingSet.LargestGrowth(benchmarkCase.Descriptor.WorkloadMethod.Name) is { } bytes
            ? (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
            : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
