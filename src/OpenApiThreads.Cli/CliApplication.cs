using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Commands;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli;

/// <summary>
/// Parses, runs, and maps every outcome to stdout, one stderr line and an exit code. Takes its streams and
/// environment as parameters so nothing here depends on the real console.
/// </summary>
internal static class CliApplication
{
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Standard output as text: JSON results.</param>
    /// <param name="error">Standard error: notes, progress and the error line.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="cancellationToken">Ctrl+C or SIGTERM.</param>
    /// <param name="binaryOutput">Standard output as bytes, for <c>files content</c>; the same stream as <paramref name="output"/> writes to.</param>
    /// <param name="errorIsTerminal">Whether a person watches stderr, so that transfers may draw a progress line there.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        Func<string, string?> environment,
        CancellationToken cancellationToken,
        Stream? binaryOutput = null,
        bool errorIsTerminal = false)
    {
        ParsedCommand command;
        CommandAction action;
        try
        {
            switch (new ArgumentParser(CommandCatalog.All).Parse(args))
            {
                case HelpRequested help:
                    output.Write(help.Command is null ? Usage.ForProgram(CommandCatalog.All, ShortVersion) : Usage.ForCommand(help.Command));
                    return ExitCodes.Success;
                case VersionRequested:
                    output.WriteLine($"{Usage.ProgramName} {Version}");
                    return ExitCodes.Success;
                case CommandRequested requested:
                    command = requested.Command;
                    break;
                default:
                    throw new InvalidOperationException("Unhandled parse result.");
            }

            action = command.Definition.Bind(command);
        }
        catch (UsageException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.Usage;
        }

        string name = command.Definition.Name;
        await using var context = new CommandContext(command, output, error, environment, binaryOutput, errorIsTerminal);
        try
        {
            await action(context, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (UsageException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.Usage;
        }
        catch (ThreadsApiException exception)
        {
            error.WriteLine(ErrorMessages.ForApi(name, exception));
            return ExitCodes.Failure;
        }
        catch (CommandFailedException exception)
        {
            error.WriteLine($"error: {name} failed: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (HttpRequestException exception)
        {
            error.WriteLine(ErrorMessages.ForNetwork(name, context.BaseAddress, exception));
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine($"error: {name} interrupted");
            return ExitCodes.Interrupted;
        }
        catch (OperationCanceledException)
        {
            // Not our token, so HttpClient.Timeout.
            error.WriteLine(ErrorMessages.ForTimeout(name, context.BaseAddress, ClientFactory.RequestTimeout));
            return ExitCodes.Failure;
        }
        catch (Exception exception)
        {
            error.WriteLine(ErrorMessages.ForUnexpected(name, exception));
            return ExitCodes.Failure;
        }
    }

    // The informational version carries the commit ("0.1.0+1a48027..."): right for --version, noise in a help heading.
    private static string Version { get; } =
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static string ShortVersion => Version.Split('+')[0];
}
