using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        using var signals = new ShutdownSignals(cancellation);
        await using Stream standardOutput = Console.OpenStandardOutput();
        return await CliApplication.RunAsync(
            args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, cancellation.Token, standardOutput, errorIsTerminal: !Console.IsErrorRedirected)
            .ConfigureAwait(false);
    }
}
