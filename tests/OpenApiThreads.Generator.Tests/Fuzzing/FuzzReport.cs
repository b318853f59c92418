using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// The result of a run, and the assertion message for it: failures grouped by cause (crashes and compile errors
/// apart from warnings-only), each case named by seed, number and mutations, its spec written to a temp file.
/// </summary>
internal sealed record FuzzReport(int RunSeed, int Cases, TimeSpan Elapsed, IReadOnlyList<FuzzFailure> Failures)
{
    private const int ListedCases = 60;

    /// <summary>Cases re-run alone because their batch failed or could not tell them apart.</summary>
    public int Rerun { get; init; }

    /// <summary>Passed with an error diagnostic located in the spec.</summary>
    public int LocatedErrors { get; init; }

    /// <summary>Passed with generated code that compiled with no error and no warning.</summary>
    public int Compiled { get; init; }

    /// <summary>Passed with no output and no error: the mutation left no OpenAPI document (no openapi/swagger key).</summary>
    public int Ignored { get; init; }

    public string Summary
        => string.Create(CultureInfo.InvariantCulture, $"Fuzz run with seed {RunSeed}: {Cases} cases in {Elapsed.TotalSeconds:0.0} s ({Rerun} re-run alone). ")
            + string.Create(CultureInfo.InvariantCulture, $"Passed: {Compiled} compiled cleanly, {LocatedErrors} with a located error, {Ignored} not OpenAPI any more. Failed: {Failures.Count} (")
            + string.Join(", ", Enum.GetValues<FailureKind>().Select(k => $"{Failures.Count(f => f.Kind == k)} {k}")) + ").";

    /// <summary>Writes every failing spec beside its details under the temp folder and returns the message.</summary>
    public string Describe()
    {
        string folder = Path.Combine(Path.GetTempPath(), "openapithreads-fuzz", "seed" + RunSeed.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var files = Failures.ToDictionary(f => f.Case.Number, f => Save(folder, f));

        var message = new StringBuilder().AppendLine(Summary);
        message.AppendLine(CultureInfo.InvariantCulture, $"Failing specs are in {folder}. Re-run cases alone: OPENAPITHREADS_FUZZ_SEED={RunSeed} OPENAPITHREADS_FUZZ_ONLY=<n,n,…> dotnet test tests/OpenApiThreads.Generator.Tests --filter FullyQualifiedName~Fuzz_long");
        AppendSection(message, "Crashes, internal failures, misplaced diagnostics and compile errors", Failures.Where(f => f.Kind != FailureKind.CompileWarnings).ToList(), files);
        AppendSection(message, "Generated code that compiles with warnings only", Failures.Where(f => f.Kind == FailureKind.CompileWarnings).ToList(), files);
        return message.ToString();
    }

    private static void AppendSection(StringBuilder message, string title, List<FuzzFailure> failures, Dictionary<int, string> files)
    {
        if (failures.Count == 0)
        {
            return;
        }

        var groups = failures.GroupBy(f => f.Signature).OrderByDescending(g => g.Count()).ToList();
        message.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"== {title}: {failures.Count} cases, {groups.Count} distinct causes ==");
        int listed = 0;
        foreach (IGrouping<string, FuzzFailure> group in groups)
        {
            // The shortest spec of a group is the quickest to read and the best start for a minimal repro.
            FuzzFailure example = group.OrderBy(f => f.Case.Text.Length).First();
            message.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"[{group.Count()} cases] {group.Key}");
            message.AppendLine(CultureInfo.InvariantCulture, $"  e.g. {example.Case.Describe()}");
            message.AppendLine(CultureInfo.InvariantCulture, $"    spec: {files[example.Case.Number]}");
            message.AppendLine(CultureInfo.InvariantCulture, $"    {example.Details}");
            foreach (FuzzFailure failure in group.Where(f => f != example))
            {
                if (listed++ >= ListedCases)
                {
                    break;
                }

                message.AppendLine(CultureInfo.InvariantCulture, $"  also {failure.Case.Describe()} → {files[failure.Case.Number]}");
            }
        }

        if (listed > ListedCases)
        {
            message.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"(more cases not listed; every failing spec is in the folder above with a .txt beside it)");
        }
    }

    private static string Save(string folder, FuzzFailure failure)
    {
        string path = Path.Combine(folder, "case" + failure.Case.Number.ToString(CultureInfo.InvariantCulture) + failure.Case.Extension);
        File.WriteAllText(path, failure.Case.Text);
        File.WriteAllText(path + ".txt", $"{failure.Case.Describe()}\n{failure.Kind}: {failure.Signature}\n{failure.Details}\n");
        return path;
    }
}
