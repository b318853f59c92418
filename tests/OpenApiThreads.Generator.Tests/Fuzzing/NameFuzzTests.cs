using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// The name fuzzer: structure fixed (<see cref="NameSpec"/>), names hard. Every hard name goes into every slot at
/// once (a schema, its property, an enum value, path, query and header parameters, operationIds, a tag, the
/// title), then random mixes of names and look-alikes. Held to the fuzzer's promise: no crash, no OATG007, and
/// code that compiles with no error and no warning unless an error located in the spec says why not.
/// </summary>
public sealed class NameFuzzTests
{
    private const int RandomSeed = 20260112;
    private const int RandomCases = 200;

    /// <summary>Names the generated code itself declares or calls, and spellings that only differ in case, punctuation or script.</summary>
    private static readonly string[] Extra =
    [
        // Locals and parameters of client methods, the client's helpers (an operationId X becomes XAsync).
        "page", "cursor", "items", "next", "relativeUri", "cancellation_token", "Send", "SendAsync", "CreateRequest", "ReadResponse", "EnsureSuccess",
        "ReadEvents", "Malformed", "Dispose", "AppendQuery", "JoinQuery", "SetHeader", "EscapePathSegment", "JsonContent", "Backoff", "Resend",
        "ReadBuffered", "FailureMessage", "IsRetryable", "RetryAfter", "Item", "value__", "Length", "Count",

        // Contextual keywords and names with special meaning.
        "nameof", "when", "where", "yield", "get", "set", "init", "partial", "dynamic", "unmanaged", "notnull", "with", "and", "or", "not",
        "field", "scoped", "nint", "args", "__arglist", "add", "remove", "let", "select", "from", "extension", "Main", "Dispose",

        // Differences of case or punctuation only.
        "pet", "Pet", "PET", "pet_id", "pet-id", "petId", "PetID", "Pet.Id", "pet id", "Pet_Id",

        // Length around the shortening limit, and two long names that share a long start.
        new string('a', 120), new string('a', 121), new string('b', 130) + "One", new string('b', 130) + "Two",

        // Scripts, combining and formatting characters, letters outside the BMP.
        "Ελληνικά", "العربية", "e\u0301", "ß", "İstanbul", "\u00A0", "𝒳", "café", "x\u200Dy", "xy",
    ];

    internal static IReadOnlyList<string> Names { get; } = HardNames.All.Concat(Extra).Distinct(StringComparer.Ordinal).ToList();

    [Fact(Timeout = 300_000)]
    public void Every_hard_name_in_every_slot()
        => Check(FuzzRunner.Run(0, Enumerable.Range(1, Names.Count).ToArray(), n => Case(0, n, NameSlots.Sweep(Names, n - 1)), FuzzRunner.DefaultBatchSize, TestContext.Current.CancellationToken));

    [Fact(Timeout = 300_000)]
    public void Random_mixes_of_hard_names()
        => Check(FuzzRunner.Run(RandomSeed, Enumerable.Range(1, RandomCases).ToArray(), n => Case(RandomSeed, n, NameSlots.Draw(Names, new Random(RandomSeed ^ (n * 7919)))), FuzzRunner.DefaultBatchSize, TestContext.Current.CancellationToken));

    private static FuzzCase Case(int seed, int number, NameSlots names)
        => new(seed, number, "names", ".json", NameSpec.Create(names), [names.Describe()]);

    private static void Check(FuzzReport report)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(report.Summary);
        Assert.True(report.Failures.Count == 0, report.Failures.Count == 0 ? string.Empty : report.Describe());
    }
}
