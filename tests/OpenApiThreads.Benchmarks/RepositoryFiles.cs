using System;
using System.IO;

namespace OpenApiThreads.Benchmarks;

/// <summary>Finds the specs the benchmarks read: ours beside the binary, OpenAI's in ../shared/specs beside the repository.</summary>
internal static class RepositoryFiles
{
    /// <summary>Overrides where OpenAI's full spec is read from (the generator tests honour the same variable).</summary>
    public const string OpenAiSpecVariable = "OPENAPITHREADS_OPENAI_SPEC";

    public static string ThreadsSpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "threads.yaml");

    /// <summary>OpenAI's published spec, or null (with the reason written to stderr once) when it is absent.</summary>
    public static string? OpenAiSpecPath => s_openAiSpecPath.Value;

    private static readonly Lazy<string?> s_openAiSpecPath = new(LocateOpenAiSpec);

    private static string? LocateOpenAiSpec()
    {
        string? configured = Environment.GetEnvironmentVariable(OpenAiSpecVariable);
        string? candidate = null;
        if (!string.IsNullOrEmpty(configured))
        {
            candidate = configured;
        }
        else
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "OpenApiThreads.sln")))
                {
                    candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "specs", "openai-openapi.yaml"));
                    break;
                }
            }
        }

        if (candidate is not null && File.Exists(candidate))
        {
            return candidate;
        }

        Console.Error.WriteLine(
            $"SKIPPED: OpenAI's full spec was not found (expected ../shared/specs/openai-openapi.yaml beside the repository, or a path in {OpenAiSpecVariable}); its generator measurements are left out.");
        return null;
    }
}
