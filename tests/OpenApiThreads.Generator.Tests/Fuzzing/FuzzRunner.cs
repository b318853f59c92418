using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Runs cases in batches that share one generator run and one compilation, then re-runs every case the batch could
/// not vouch for on its own, so a failure is always the verdict of the case alone.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>
    /// Big enough that a compilation's fixed cost is shared, small enough that a batch which needs re-running
    /// case by case (an exception drops the whole batch's output) stays cheap.
    /// </summary>
    public const int DefaultBatchSize = 40;

    public static FuzzReport Run(int runSeed, IReadOnlyList<int> caseNumbers, int batchSize, CancellationToken cancellationToken)
        => Run(runSeed, caseNumbers, number => SpecMutator.Create(runSeed, number), batchSize, cancellationToken);

    /// <summary>Runs the cases <paramref name="create"/> makes from their numbers (the name fuzzer makes its own).</summary>
    public static FuzzReport Run(int runSeed, IReadOnlyList<int> caseNumbers, Func<int, FuzzCase> create, int batchSize, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        int[][] batches = caseNumbers.Chunk(batchSize).ToArray();
        var results = new BatchResult[batches.Length];
        var compiled = new CompiledCode();

        // The generator runs on one thread and binding only partly uses another: batches side by side keep every core busy.
        Parallel.For(
            0,
            batches.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            i => results[i] = RunBatch(batches[i], create, compiled, cancellationToken));

        return new FuzzReport(runSeed, caseNumbers.Count, stopwatch.Elapsed, results.SelectMany(r => r.Failures).ToList())
        {
            Rerun = results.Sum(r => r.Rerun),
            LocatedErrors = results.Sum(r => r.LocatedErrors),
            Compiled = results.Sum(r => r.Compiled),
            Ignored = results.Sum(r => r.Ignored),
        };
    }

    private sealed class BatchResult
    {
        public List<FuzzFailure> Failures { get; } = new();

        public int Rerun { get; set; }

        public int LocatedErrors { get; set; }

        public int Compiled { get; set; }

        public int Ignored { get; set; }
    }

    private static BatchResult RunBatch(int[] numbers, Func<int, FuzzCase> create, CompiledCode compiled, CancellationToken cancellationToken)
    {
        List<FuzzCase> cases = numbers.Select(create).ToList();
        BatchOutcome batch = FuzzDriver.Run(cases, compiled, cancellationToken);
        var result = new BatchResult();
        foreach (FuzzCase fuzzCase in cases)
        {
            CaseOutcome outcome = batch.Cases[fuzzCase.Number];
            FuzzFailure? failure = batch.Ambiguous ? null : CaseCheck.Judge(fuzzCase, outcome);
            if (batch.Ambiguous || failure is not null)
            {
                result.Rerun++;
                outcome = RunAlone(fuzzCase, cancellationToken);
                failure = CaseCheck.Judge(fuzzCase, outcome);
            }

            if (failure is not null)
            {
                result.Failures.Add(failure);
            }
            else if (outcome.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                result.LocatedErrors++;
            }
            else if (outcome.GeneratedFiles > 0)
            {
                result.Compiled++;
            }
            else
            {
                result.Ignored++;
            }
        }

        return result;
    }

    private static CaseOutcome RunAlone(FuzzCase fuzzCase, CancellationToken cancellationToken)
    {
        var thrown = new ThrownExceptions();
        CaseOutcome outcome;
        try
        {
            outcome = FuzzDriver.Run([fuzzCase], compiled: null, cancellationToken).Cases[fuzzCase.Number];
        }
        finally
        {
            thrown.Dispose();
        }

        outcome.Thrown = thrown.Recorded;
        return outcome;
    }
}
