using System;
using System.Collections.Generic;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>
/// Splits the command line into a command, its options and its positional arguments.
/// A command is one word (<c>create</c>) or a group and a subcommand (<c>messages list</c>). Options take one value
/// each, as <c>--name value</c> or <c>--name=value</c>, except flags, which take none; <c>--</c> ends the options.
/// </summary>
internal sealed class ArgumentParser
{
    public const string HelpOption = "--help";
    public const string ShortHelpOption = "-h";
    public const string VersionOption = "--version";
    public const string BaseUrlOption = "--base-url";
    private const string HelpCommand = "help";

    private readonly IReadOnlyList<CommandDefinition> _commands;

    public ArgumentParser(IReadOnlyList<CommandDefinition> commands)
    {
        _commands = commands;
    }

    public ParseResult Parse(IReadOnlyList<string> args)
    {
        CommandDefinition? command = null;
        string? baseUrl = null;
        var positionals = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        bool optionsEnded = false;
        // The option value just before a stray argument, for the "quote it" hint.
        (string Option, string Value)? previousOption = null;

        for (int i = 0; i < args.Count; i++)
        {
            string token = args[i];
            if (optionsEnded || !LooksLikeOption(token))
            {
                if (command is null)
                {
                    if (token == HelpCommand)
                    {
                        return ParseHelpCommand(args, i + 1);
                    }

                    // "messages --help": the program's help lists every command of the group.
                    if (IsGroup(token) && i + 1 < args.Count && args[i + 1] is HelpOption or ShortHelpOption)
                    {
                        return new HelpRequested(null);
                    }

                    command = FindCommand(args, ref i);
                }
                else
                {
                    if (positionals.Count == command.Positionals.Count)
                    {
                        throw UnexpectedArgument(command, token, previousOption);
                    }

                    positionals.Add(token);
                }

                previousOption = null;
                continue;
            }

            if (token == "--")
            {
                optionsEnded = true;
                continue;
            }

            (string name, string? inlineValue) = SplitInlineValue(token);
            switch (name)
            {
                case HelpOption:
                case ShortHelpOption:
                    return new HelpRequested(command);
                case VersionOption:
                    return new VersionRequested();
                case BaseUrlOption:
                    if (baseUrl is not null)
                    {
                        throw new UsageException($"{BaseUrlOption} is given more than once");
                    }

                    baseUrl = inlineValue ?? TakeValue(args, ref i, BaseUrlOption, "URL", command);
                    previousOption = null;
                    continue;
            }

            if (command is null)
            {
                CommandDefinition? owner = Find(_commands, c => FindOption(c, name) is not null);
                throw owner is not null
                    ? new UsageException($"option '{name}' must come after the command name, e.g. 'openai-threads {owner.Name} {name} ...'")
                    : new UsageException($"unknown option '{name}'{Suggestion(name, GlobalOptionNames())} (see 'openai-threads --help')");
            }

            OptionSpec option = FindOption(command, name)
                ?? throw new UsageException(
                    $"unknown option '{name}' for '{command.Name}'{Suggestion(name, [.. Map(command.Options, o => o.Name), .. GlobalOptionNames()])} (see 'openai-threads {command.Name} --help')");
            string value;
            if (option.IsFlag)
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"{option.Name} is a flag and takes no value; give it alone, without '={inlineValue}'");
                }

                value = string.Empty;
            }
            else
            {
                value = inlineValue ?? TakeValue(args, ref i, option.Name, option.ValueName!, command);
            }

            if (options.TryGetValue(option.Name, out List<string>? values))
            {
                if (!option.Repeatable)
                {
                    throw new UsageException($"{option.Name} is given more than once; '{command.Name}' takes one");
                }

                values.Add(value);
            }
            else
            {
                options.Add(option.Name, new List<string> { value });
            }

            previousOption = option.IsFlag ? null : (name, value);
        }

        if (command is null)
        {
            throw new UsageException($"no command given; expected one of {CommandList()} (see 'openai-threads --help')");
        }

        if (baseUrl is not null && !command.UsesApi)
        {
            throw new UsageException($"{BaseUrlOption} does not apply to '{command.Name}', which does not call the API");
        }

        if (positionals.Count < command.Positionals.Count)
        {
            PositionalSpec missing = command.Positionals[positionals.Count];
            throw new UsageException($"'{command.Name}' needs {missing.Name} (usage: {Usage.CommandLine(command)})");
        }

        return new CommandRequested(new ParsedCommand(command, positionals, options, baseUrl));
    }

    // A lone "-" is conventionally a value (stdin), and a value such as "-1" is taken by TakeValue before it gets here.
    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static (string Name, string? Value) SplitInlineValue(string token)
    {
        int equals = token.IndexOf('=', StringComparison.Ordinal);
        return token.StartsWith("--", StringComparison.Ordinal) && equals > 2
            ? (token[..equals], token[(equals + 1)..])
            : (token, null);
    }

    private string TakeValue(IReadOnlyList<string> args, ref int index, string optionName, string valueName, CommandDefinition? command)
    {
        if (index + 1 >= args.Count)
        {
            throw new UsageException($"{optionName} needs a value ({valueName})");
        }

        // Taking the next token blindly would turn "--metadata --message user:hi" into the metadata "--message";
        // a value that really starts with "--" can still be passed as --metadata=--value.
        string next = args[index + 1];
        if (next == "--" || (next.StartsWith("--", StringComparison.Ordinal) && IsKnownOption(SplitInlineValue(next).Name, command)))
        {
            throw new UsageException($"{optionName} needs a value ({valueName}) but is followed by '{next}'");
        }

        index++;
        return next;
    }

    private bool IsKnownOption(string name, CommandDefinition? command)
        => Array.IndexOf(GlobalOptionNames(), name) >= 0 || (command is not null && FindOption(command, name) is not null);

    private static string[] GlobalOptionNames() => [HelpOption, VersionOption, BaseUrlOption];

    private ParseResult ParseHelpCommand(IReadOnlyList<string> args, int index)
    {
        if (index >= args.Count)
        {
            return new HelpRequested(null);
        }

        int first = index;
        CommandDefinition command = FindCommand(args, ref index);
        if (index + 1 < args.Count)
        {
            throw new UsageException($"'help' takes at most one command name, but got '{string.Join(' ', Map(args, a => a), first, args.Count - first)}'");
        }

        return new HelpRequested(command);
    }

    /// <summary>The command named at <paramref name="index"/>; for a group, also takes the subcommand after it.</summary>
    private CommandDefinition FindCommand(IReadOnlyList<string> args, ref int index)
    {
        string name = args[index];
        CommandDefinition? command = Find(_commands, c => c.Name == name);
        if (command is not null)
        {
            return command;
        }

        if (!IsGroup(name))
        {
            throw new UsageException($"unknown command '{name}'{Suggestion(name, TopLevelNames())}; expected one of {CommandList()}");
        }

        var subcommands = new List<string>();
        foreach (CommandDefinition candidate in _commands)
        {
            if (candidate.Group == name)
            {
                subcommands.Add(candidate.Name[(name.Length + 1)..]);
            }
        }

        if (index + 1 >= args.Count || LooksLikeOption(args[index + 1]))
        {
            throw new UsageException($"'{name}' needs a subcommand: {string.Join(", ", subcommands)} (e.g. 'openai-threads {name} {subcommands[0]} --help')");
        }

        index++;
        string subcommand = args[index];
        string fullName = name + " " + subcommand;
        return Find(_commands, c => c.Name == fullName)
            ?? throw new UsageException($"unknown command '{fullName}'{Suggestion(fullName, Map(subcommands, s => name + " " + s))}; '{name}' has {string.Join(", ", subcommands)}");
    }

    private bool IsGroup(string name) => Find(_commands, c => c.Group == name) is not null;

    // What can be typed first: single-word commands and group names, for "did you mean" on a misspelt first word.
    private List<string> TopLevelNames()
    {
        var names = new List<string>();
        foreach (CommandDefinition command in _commands)
        {
            string name = command.Group ?? command.Name;
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private string CommandList() => string.Join(", ", Map(_commands, c => c.Name));

    // Loops rather than LINQ: System.Linq's generic code would be compiled into the Native AOT binary for these few
    // lists (about 30 KB, docs/benchmarks.md section 11).
    private static T? Find<T>(IReadOnlyList<T> items, Predicate<T> match)
        where T : class
    {
        foreach (T item in items)
        {
            if (match(item))
            {
                return item;
            }
        }

        return null;
    }

    private static OptionSpec? FindOption(CommandDefinition command, string name) => Find(command.Options, o => o.Matches(name));

    private static string[] Map<T>(IReadOnlyList<T> items, Func<T, string> map)
    {
        string[] mapped = new string[items.Count];
        for (int i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(items[i]);
        }

        return mapped;
    }

    private static UsageException UnexpectedArgument(CommandDefinition command, string token, (string Option, string Value)? previousOption)
    {
        // The likeliest cause is an unquoted value with spaces: --message user:Hello there
        string hint = previousOption is not { } previous
            ? string.Empty
            : $"; if it is part of the {previous.Option} value, quote the whole value: {previous.Option} \"{previous.Value} {token}\"";
        string expected = command.Positionals.Count == 0
            ? $"'{command.Name}' takes no positional arguments"
            : $"'{command.Name}' takes {string.Join(" ", Map(command.Positionals, p => p.Name))} only";
        return new UsageException($"unexpected argument '{token}': {expected}{hint}");
    }

    private static string Suggestion(string typed, IEnumerable<string> candidates)
    {
        string? closest = Suggestions.Closest(typed, candidates);
        return closest is null ? string.Empty : $" (did you mean '{closest}'?)";
    }
}
