using System;
using System.Globalization;
using Xunit;

namespace OpenApiThreads.Package.Tests.Infrastructure;

/// <summary>What one dotnet command printed, and how it ended.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    /// <summary>Fails the test with the whole log when the command did not succeed.</summary>
    public CommandResult AssertSucceeded()
    {
        if (ExitCode != 0)
        {
            Assert.Fail(Describe());
        }
        return this;
    }

    /// <summary>The command, its exit code and everything it printed: enough to diagnose a failure from the test log alone.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        `{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:0.0} s.
        --- stdout ---
        {StandardOutput}
        --- stderr ---
        {StandardError}
        """);
}
