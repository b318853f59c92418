using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Coverage;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// The repository's own specs (threads.yaml and the test projects' focused specs) compile with no warning, nullable
/// warnings included. The test projects build them too, but as a consumer does: with the generated files' nullable
/// warnings off (FileHeader), so this is where a nullable mistake in their generated code is caught.
/// </summary>
public sealed class RepositorySpecsCompileTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        string shared = Path.DirectorySeparatorChar + "shared" + Path.DirectorySeparatorChar;
        foreach (string spec in SpecCatalog.All().Where(p => !p.Contains(shared, StringComparison.Ordinal)))
        {
            data.Add(spec);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Compiles_with_nullable_warnings_on(string spec)
    {
        var (output, result, _) = GeneratorHarness.Run(File.ReadAllText(spec), "/project/spec/" + Path.GetFileName(spec));

        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        IReadOnlyList<Diagnostic> problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }
}
