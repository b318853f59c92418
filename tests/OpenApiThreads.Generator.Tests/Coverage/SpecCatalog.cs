using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenApiThreads.Generator.Tests.Infrastructure;

namespace OpenApiThreads.Generator.Tests.Coverage;

/// <summary>
/// Every OpenAPI document the tests know: the product's own, the test projects' focused specs, OpenAI's published
/// spec and the public corpus in ../shared (read in place, never copied into the repository).
/// </summary>
internal static class SpecCatalog
{
    public static IReadOnlyList<string> All()
    {
        DirectoryInfo? root = new(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenApiThreads.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return Array.Empty<string>();
        }

        var specs = new List<string> { Path.Combine(root.FullName, "spec", "threads.yaml") };
        foreach (string folder in new[] { "tests/OpenApiThreads.Tests/Specs", "tests/OpenApiThreads.Constructs.Tests/Specs" })
        {
            string path = Path.Combine(root.FullName, folder);
            if (Directory.Exists(path))
            {
                specs.AddRange(Directory.EnumerateFiles(path).Where(IsDocument).Order(StringComparer.Ordinal));
            }
        }

        foreach (string folder in new[] { "specs", "corpus" })
        {
            // Found the way the corpus test finds it, so a worktree deeper than the main checkout sees it too.
            if (SharedFiles.Locate(folder) is { } shared && Directory.Exists(shared))
            {
                specs.AddRange(Directory.EnumerateFiles(shared).Where(IsDocument).Order(StringComparer.Ordinal));
            }
        }

        return specs;
    }

    /// <summary>Whether ../shared is beside the repository (it always is in CI).</summary>
    public static bool HasShared() => All().Any(p => p.Contains(Path.DirectorySeparatorChar + "shared" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static bool IsDocument(string path) => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal);
}
