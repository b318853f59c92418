using System;
using System.Collections.Generic;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>A command with its arguments, split up but not yet interpreted.</summary>
internal sealed class ParsedCommand
{
    private readonly IReadOnlyDictionary<string, List<string>> _options;

    public ParsedCommand(CommandDefinition definition, IReadOnlyList<string> positionals, IReadOnlyDictionary<string, List<string>> options, string? baseUrl)
    {
        Definition = definition;
        Positionals = positionals;
        _options = options;
        BaseUrl = baseUrl;
    }

    public CommandDefinition Definition { get; }

    /// <summary>The positional arguments; the parser has checked there are exactly as many as the command declares.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>The global <c>--base-url</c>, if given (the environment is consulted later, by the client factory).</summary>
    public string? BaseUrl { get; }

    /// <summary>Every value of an option, in command-line order; empty when it was not given.</summary>
    public IReadOnlyList<string> Values(OptionSpec option)
        => _options.TryGetValue(option.Name, out List<string>? values) ? values : Array.Empty<string>();

    /// <summary>Whether an option (typically a flag) was given.</summary>
    public bool Has(OptionSpec option) => _options.ContainsKey(option.Name);

    /// <summary>The value of a non-repeatable option, or null when it was not given.</summary>
    public string? Value(OptionSpec option)
        => _options.TryGetValue(option.Name, out List<string>? values) ? values[0] : null;
}
