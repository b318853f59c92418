using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Emulator;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>emulator</c>: serves the in-memory Threads emulator in the foreground.</summary>
internal static class EmulatorCommand
{
    private static readonly OptionSpec Port = new("--port", "N", "Port to listen on (default 0: a free port chosen by the system).");
    private static readonly OptionSpec EventDelay = new(
        "--event-delay", "MS", "Milliseconds to wait before each streamed event after the first (default 0), to watch a stream or try Ctrl+C on it.");

    public static readonly CommandDefinition Definition = new(
        Name: "emulator",
        Summary: EmbeddedEmulator.IsAvailable
            ? "Run the built-in Threads API emulator until Ctrl+C"
            : "Not in this build (Native AOT publishes leave the emulator out by default)",
        Description: "Serves an in-memory emulator of the Threads API on 127.0.0.1 until Ctrl+C or SIGTERM. The first "
            + "line on stdout is its base URL; point OPENAI_BASE_URL at it. It accepts any non-empty API key, starts "
            + "empty, and keeps nothing when it stops."
            + (EmbeddedEmulator.IsAvailable
                ? string.Empty
                : " This build has no emulator: run 'dotnet run --project src/OpenApiThreads.Cli -- emulator' instead, "
                    + $"or publish with -p:{EmbeddedEmulator.BuildProperty}=true."),
        Positionals: [],
        Options: [Port, EventDelay],
        Examples: EmbeddedEmulator.IsAvailable
            ?
            [
                "openai-threads emulator",
                "openai-threads emulator > emulator.url &   # then: export OPENAI_BASE_URL=$(head -n 1 emulator.url)",
            ]
            : [],
        Bind: Bind,
        UsesApi: false);

    private static CommandAction Bind(ParsedCommand command)
    {
        // Before anything else, so ILC sees RunAsync (and so ThreadsEmulator) unreachable when the switch is off.
        if (!EmbeddedEmulator.IsAvailable)
        {
            throw EmbeddedEmulator.NotInThisBuild();
        }

        int number = 0;
        if (command.Value(Port) is { } port
            && (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number > 65535))
        {
            throw new UsageException($"{Port.Name} '{port}' is not a port number from 0 to 65535");
        }

        int milliseconds = 0;
        if (command.Value(EventDelay) is { } delay
            && (!int.TryParse(delay, NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds) || milliseconds > 60_000))
        {
            throw new UsageException($"{EventDelay.Name} '{delay}' is not a number of milliseconds from 0 to 60000");
        }

        return (context, cancellationToken) => RunAsync(context, number, TimeSpan.FromMilliseconds(milliseconds), cancellationToken);
    }

    private static async Task RunAsync(CommandContext context, int port, TimeSpan eventDelay, CancellationToken cancellationToken)
    {
        ThreadsEmulator emulator = await ThreadsEmulator.StartAsync(port, cancellationToken).ConfigureAwait(false);
        await using (emulator.ConfigureAwait(false))
        {
            emulator.StreamEventDelay = eventDelay;
            context.Output.WriteLine(emulator.BaseAddress.AbsoluteUri);
            context.Output.Flush();
            context.Error.WriteLine("emulator: serving the Threads API; any non-empty API key works; press Ctrl+C to stop");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM is how this command is meant to end.
            }
        }

        context.Error.WriteLine("emulator: stopped");
    }
}
