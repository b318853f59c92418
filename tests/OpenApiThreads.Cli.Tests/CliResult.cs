using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace OpenApiThreads.Cli.Tests;

/// <summary>What one in-process run of the CLI left behind: its exit code and everything it wrote.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Asserts exit code 0 and an empty stderr, then reads stdout as one JSON object.</summary>
    public JsonElement Json()
    {
        AssertSucceeded();
        using JsonDocument document = JsonDocument.Parse(Stdout);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts exit code 0 and an empty stderr, then reads stdout as JSON Lines: one object per line.</summary>
    public IReadOnlyList<JsonElement> JsonLines()
    {
        AssertSucceeded();
        return Lines(Stdout).Select(ParseLine).ToArray();
    }

    /// <summary>
    /// Asserts the failure contract: the exit code, nothing on stdout, and exactly one stderr line starting with
    /// "error: ". Returns that line.
    /// </summary>
    public string ErrorLine(int expectedExitCode)
    {
        Assert.True(ExitCode == expectedExitCode, $"exit code {ExitCode}, expected {expectedExitCode}; stderr: {Stderr}");
        Assert.Equal(string.Empty, Stdout);
        string line = Assert.Single(Lines(Stderr));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        return line;
    }

    /// <summary>The non-empty lines of some output, without their line ends.</summary>
    public static IReadOnlyList<string> Lines(string text)
        => text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();

    /// <summary>One JSON Lines line: a single JSON object, with no line break inside.</summary>
    public static JsonElement ParseLine(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }

    private void AssertSucceeded()
    {
        Assert.True(ExitCode == ExitCodes.Success, $"exit code {ExitCode}; stderr: {Stderr}");
        Assert.Equal(string.Empty, Stderr);
    }
}
