using System;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        using var signals = new ShutdownSignals(cancellation);
        return await CliApplication.RunAsync(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, cancellation.Token).ConfigureAwait(false);
    }
}
