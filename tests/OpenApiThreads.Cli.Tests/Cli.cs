using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests;

/// <summary>
/// Runs the CLI in this process through <see cref="CliApplication.RunAsync"/>, with a given environment instead of
/// the real one and writers instead of the console.
/// </summary>
public static class Cli
{
    /// <summary>A key that must never be printed; every run checks both streams for it.</summary>
    public const string ApiKey = "sk-cli-tests-7f3a9c0e51d24b86-do-not-print";

    /// <summary>The environment a script pointed at <paramref name="baseUrl"/> would have: base URL and key set.</summary>
    public static IReadOnlyDictionary<string, string> Environment(Uri baseUrl) => new Dictionary<string, string>
    {
        [ClientFactory.BaseUrlVariable] = baseUrl.AbsoluteUri,
        [ClientFactory.ApiKeyVariable] = ApiKey,
    };

    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
        => RunAsync(environment, new StringWriter(), TestContext.Current.CancellationToken, args);

    /// <param name="stdout">Where stdout goes, for a test that reacts to output as it is written.</param>
    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, StringWriter stdout, CancellationToken cancellationToken, params string[] args)
        => RunAsync(environment, stdout, binaryStdout: Stream.Null, stderrIsTerminal: false, cancellationToken, args);

    /// <param name="environment">The variables the CLI sees.</param>
    /// <param name="binaryStdout">Where stdout's bytes go (<c>files content</c>); text goes to the result's Stdout.</param>
    /// <param name="stderrIsTerminal">Whether the CLI is told that a person watches stderr, which turns on progress lines.</param>
    /// <param name="args">The command line.</param>
    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, Stream binaryStdout, bool stderrIsTerminal, params string[] args)
        => RunAsync(environment, new StringWriter(), binaryStdout, stderrIsTerminal, TestContext.Current.CancellationToken, args);

    private static async Task<CliResult> RunAsync(
        IReadOnlyDictionary<string, string> environment, StringWriter stdout, Stream binaryStdout, bool stderrIsTerminal, CancellationToken cancellationToken, string[] args)
    {
        using var stderr = new StringWriter();
        int exitCode = await CliApplication.RunAsync(
            args, stdout, stderr, name => environment.TryGetValue(name, out string? value) ? value : null, cancellationToken, binaryStdout, stderrIsTerminal);
        var result = new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        Assert.DoesNotContain(ApiKey, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, result.Stderr, StringComparison.Ordinal);
        return result;
    }
}
