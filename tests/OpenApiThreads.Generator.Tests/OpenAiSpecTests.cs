using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// OpenAI's full published spec (1,422 schemas, unions, discriminators without mappings, a few outright errors)
/// is the robustness target: the code generated for it must compile with no error and no warning.
/// </summary>
public sealed class OpenAiSpecTests
{
    /// <summary>Where the spec lives: beside the repository, in ../shared/specs, unless this variable says otherwise.</summary>
    public const string PathVariable = "OPENAPITHREADS_OPENAI_SPEC";

    [Fact]
    public void The_full_openai_spec_generates_code_that_compiles_without_warnings()
    {
        string? path = Locate();
        if (path is null)
        {
            Assert.Skip($"OpenAI's spec was not found: expected ../shared/specs/openai-openapi.yaml beside the repository, or a path in {PathVariable}. .ci/run always has it.");
        }

        var (output, result, _) = GeneratorHarness.Run(File.ReadAllText(path), "/specs/openai-openapi.yaml");

        GeneratorRunResult run = result.Results.Single();
        Assert.Null(run.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(run.GeneratedSources.Length > 1400, $"only {run.GeneratedSources.Length} files were generated");
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    private static string? Locate()
    {
        string? configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenApiThreads.sln")))
            {
                string candidate = Path.Combine(directory.FullName, "..", "shared", "specs", "openai-openapi.yaml");
                return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
