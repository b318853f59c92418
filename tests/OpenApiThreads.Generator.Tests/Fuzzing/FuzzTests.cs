using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// The generator never crashes: on any mutation of a spec, no exception escapes, there is no OATG007, and the
/// result is either an error located in the spec or generated code that compiles with no error and no warning.
/// </summary>
public sealed class FuzzTests
{
    public const string CasesVariable = "OPENAPITHREADS_FUZZ_CASES";
    public const string SeedVariable = "OPENAPITHREADS_FUZZ_SEED";
    public const string OnlyVariable = "OPENAPITHREADS_FUZZ_ONLY";

    // Fixed, so the short run in the test command is the same every time and a failure there is a regression.
    private const int ShortSeed = 20251122;
    private const int ShortCases = 2000;

    public static TheoryData<string> SeedNames => new(SeedSpecs.All.Select(s => s.Name));

    /// <summary>A mutation's failure only says something when the spec it started from was fine.</summary>
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_seed_generates_clean_code(string name)
    {
        SeedSpec seed = SeedSpecs.All.Single(s => s.Name == name);
        var fuzzCase = new FuzzCase(0, 1, seed.Name, seed.Extension, seed.Text, []);
        CaseOutcome outcome = FuzzDriver.Run([fuzzCase], compiled: null, TestContext.Current.CancellationToken).Cases[1];

        Assert.Null(CaseCheck.Judge(fuzzCase, outcome)?.Details);
        Assert.True(outcome.GeneratedFiles > 0);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    /// <summary>Part of the test command: about 40 s on two cores, so the timeout only catches a generator that hangs.</summary>
    [Fact(Timeout = 300_000)]
    public async Task Fuzz_short()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        FuzzReport report = await Task.Run(() => FuzzRunner.Run(ShortSeed, Enumerable.Range(1, ShortCases).ToArray(), FuzzRunner.DefaultBatchSize, cancellationToken), cancellationToken);
        Check(report);
    }

    [Fact]
    public void Fuzz_long()
    {
        string? cases = Environment.GetEnvironmentVariable(CasesVariable);
        string? only = Environment.GetEnvironmentVariable(OnlyVariable);
        if (string.IsNullOrWhiteSpace(cases) && string.IsNullOrWhiteSpace(only))
        {
            Assert.Skip($"The long fuzz run is opt-in: set {CasesVariable} to a number of cases (and optionally {SeedVariable}), or {OnlyVariable} to case numbers to re-run.");
        }

        string? seedText = Environment.GetEnvironmentVariable(SeedVariable);
        // Re-running chosen cases without a seed means the short run's cases; a long run without one explores anew.
        int seed = !string.IsNullOrWhiteSpace(seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture)
            : string.IsNullOrWhiteSpace(only) ? Random.Shared.Next() : ShortSeed;
        int[] numbers = string.IsNullOrWhiteSpace(only)
            ? Enumerable.Range(1, int.Parse(cases!, CultureInfo.InvariantCulture)).ToArray()
            : only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        FuzzReport report = FuzzRunner.Run(seed, numbers, FuzzRunner.DefaultBatchSize, TestContext.Current.CancellationToken);
        Check(report);
    }

    private static void Check(FuzzReport report)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(report.Summary);
        Assert.True(report.Failures.Count == 0, report.Failures.Count == 0 ? string.Empty : report.Describe());
    }
}
