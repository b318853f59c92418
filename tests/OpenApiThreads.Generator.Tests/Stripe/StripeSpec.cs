using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using OpenApiThreads.Generator.Parsing;

namespace OpenApiThreads.Generator.Tests.Stripe;

/// <summary>
/// Stripe's published spec (<c>stripe-2022-06-spec3.yaml</c>, 488 operations), read in place from the public corpus and
/// never copied into the repository: ../shared/corpus beside the repository, or the folder named by
/// <see cref="CorpusVariable"/> (a git worktree has no ../shared of its own).
/// </summary>
internal static class StripeSpec
{
    public const string CorpusVariable = "OPENAPITHREADS_CORPUS";
    public const string FileName = "stripe-2022-06-spec3.yaml";

    private static readonly Lazy<JsonObject?> Parsed = new(() => Path is { } path ? (JsonObject)YamlJsonReader.Read(File.ReadAllText(path), new List<YamlJsonReader.DuplicateKey>())! : null);

    /// <summary>Why the tests are skipped when the spec is not found.</summary>
    public static string Missing => $"Stripe's spec was not found: expected ../shared/corpus/{FileName} beside the repository, or a corpus folder in {CorpusVariable}.";

    /// <summary>The spec's path, or null when it is not there.</summary>
    public static string? Path { get; } = Locate();

    /// <summary>The whole document as JSON, read once per test run; callers copy what they keep.</summary>
    public static JsonObject? Document => Parsed.Value;

    private static string? Locate()
    {
        string? configured = Environment.GetEnvironmentVariable(CorpusVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            string candidate = System.IO.Path.Combine(configured, FileName);
            return File.Exists(candidate) ? System.IO.Path.GetFullPath(candidate) : null;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "OpenApiThreads.sln")))
            {
                string candidate = System.IO.Path.Combine(directory.FullName, "..", "shared", "corpus", FileName);
                return File.Exists(candidate) ? System.IO.Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
