using System;
using System.IO;

namespace OpenApiThreads.Generator.Tests.Infrastructure;

/// <summary>
/// Finds test inputs that live beside the repository in <c>../shared</c> (public specs that are not ours to copy
/// into it). The repository is the directory that holds OpenApiThreads.sln; a git worktree may sit deeper than the
/// main checkout, so every ancestor's <c>shared</c> folder counts, the nearest first.
/// </summary>
internal static class SharedFiles
{
    /// <summary>The full path of <paramref name="relative"/> under ../shared, or null when it is not there.</summary>
    public static string? Locate(string relative)
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenApiThreads.sln")))
            {
                for (DirectoryInfo? above = directory.Parent; above is not null; above = above.Parent)
                {
                    string candidate = Path.Combine(above.FullName, "shared", relative);
                    if (File.Exists(candidate) || Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }

                return null;
            }
        }

        return null;
    }
}
