using System.Collections.Generic;
using System.Globalization;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// One mutated spec. It is fully determined by <see cref="RunSeed"/> and <see cref="Number"/>, so a failure is
/// reproduced by recreating the case from those two numbers.
/// </summary>
internal sealed record FuzzCase(int RunSeed, int Number, string SeedName, string Extension, string Text, IReadOnlyList<string> Mutations)
{
    /// <summary>Each case has its own namespace, so many of them can share one compilation without colliding.</summary>
    public string Namespace => "Case" + Number.ToString(CultureInfo.InvariantCulture);

    public string Path => "/fuzz/case" + Number.ToString(CultureInfo.InvariantCulture) + Extension;

    public string Describe()
        => $"seed {RunSeed}, case {Number} (from '{SeedName}'; mutations: {(Mutations.Count == 0 ? "none" : string.Join(" → ", Mutations))})";
}
