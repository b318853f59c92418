using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>A broken spec is a located compiler diagnostic, never a generator crash.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Invalid_yaml_is_an_error_at_its_line_and_column()
    {
        string spec = "openapi: 3.1.0\ninfo:\n  title: Broken\n  version: '1'\npaths:\n  /x: a: b\n";
        var (_, result, _) = GeneratorHarness.Run(spec);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OATG001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.SpecPath, span.Path);
        Assert.Equal((6, 8), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void A_yaml_file_that_is_not_openapi_is_ignored_silently()
    {
        var (_, result, _) = GeneratorHarness.Run("name: not-a-spec\nitems: [1, 2]\n", "/project/config.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void A_broken_reference_is_a_warning_at_the_reference_and_still_generates()
    {
        string spec = """
            openapi: 3.1.0
            info: {title: Refs, version: '1'}
            paths: {}
            components:
              schemas:
                Holder:
                  type: object
                  properties:
                    missing:
                      $ref: '#/components/schemas/Nowhere'
            """;
        var (output, result, _) = GeneratorHarness.Run(spec);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Location.GetLineSpan().Path == GeneratorHarness.SpecPath);
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.HintName == "Consumer.Refs.Holder.g.cs");
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Diagnostics_after_a_repaired_block_scalar_are_located_as_in_the_repaired_text()
    {
        // The block's first line holds eight spaces; the repair empties it, which the second run does by hand.
        string[] lines =
        [
            "openapi: 3.1.0", "info:", "  title: Late", "  version: '1'", "  description: |", "{line}", "    Text.", "paths: {}",
            "components:", "  schemas:", "    Holder:", "      type: object", "      properties:", "        missing:",
            "          $ref: '#/components/schemas/Nowhere'",
        ];
        string spec = string.Join("\n", lines) + "\n";
        var (_, broken, _) = GeneratorHarness.Run(spec.Replace("{line}", "        ", System.StringComparison.Ordinal));
        var (_, repaired, _) = GeneratorHarness.Run(spec.Replace("{line}", string.Empty, System.StringComparison.Ordinal));

        Diagnostic repair = Assert.Single(broken.Diagnostics, d => d.GetMessage().Contains("line of only spaces", System.StringComparison.Ordinal));
        Assert.Equal((6, 0), (repair.Location.GetLineSpan().StartLinePosition.Line, repair.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(
            repaired.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Span)),
            broken.Diagnostics.Where(d => d != repair).Select(d => (d.Id, d.Location.GetLineSpan().Span)));
        Assert.Contains(repaired.Diagnostics, d => d.Location.GetLineSpan().StartLinePosition.Line >= 13);
    }
}
