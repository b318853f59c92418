using System;
using System.IO;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli;

/// <summary>What a running command can use: its arguments, the output streams, and a client made on first use.</summary>
internal sealed class CommandContext : IAsyncDisposable
{
    private readonly Func<string, string?> _environment;
    private readonly Stream? _binaryOutput;
    private ApiConnection? _connection;

    public CommandContext(ParsedCommand command, TextWriter output, TextWriter error, Func<string, string?> environment, Stream? binaryOutput = null, bool errorIsTerminal = false)
    {
        Command = command;
        Output = output;
        Error = error;
        _environment = environment;
        _binaryOutput = binaryOutput;
        ErrorIsTerminal = errorIsTerminal;
    }

    public ParsedCommand Command { get; }

    /// <summary>Standard output: the JSON result (or JSON Lines) and nothing else.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: notes and the error line.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether stderr is a terminal, where a person watches: only then are progress lines drawn.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>
    /// Standard output as bytes, for a file's content. <see cref="Output"/> is flushed first, and nothing else may be
    /// written to stdout by the same command.
    /// </summary>
    public Stream BinaryOutput()
    {
        Output.Flush();
        return _binaryOutput ?? throw new InvalidOperationException("This run has no binary standard output.");
    }

    /// <summary>Where requests go once connected, so a network error can name it.</summary>
    public Uri? BaseAddress => _connection?.BaseAddress;

    public async Task<ThreadsClient> ConnectAsync(CancellationToken cancellationToken)
    {
        _connection ??= await ClientFactory.ConnectAsync(Command.BaseUrl, _environment, Error, cancellationToken).ConfigureAwait(false);
        return _connection.Client;
    }

    /// <summary>
    /// Writes a value and flushes. Metadata from <see cref="JsonOutput.Context"/> prints indented JSON; from
    /// <see cref="JsonOutput.Lines"/>, one line (JSON Lines, for lists and streams).
    /// </summary>
    public void WriteJson<T>(T value, JsonTypeInfo<T> typeInfo) => JsonOutput.Write(Output, value, typeInfo);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
