namespace OpenApiThreads.Cli.CommandLine;

/// <summary>What the command line asks for.</summary>
internal abstract record ParseResult;

/// <summary><c>--help</c>, <c>-h</c> or <c>help</c>: for one command, or for the program when <see cref="Command"/> is null.</summary>
internal sealed record HelpRequested(CommandDefinition? Command) : ParseResult;

/// <summary><c>--version</c>.</summary>
internal sealed record VersionRequested : ParseResult;

/// <summary>A command to run.</summary>
internal sealed record CommandRequested(ParsedCommand Command) : ParseResult;
