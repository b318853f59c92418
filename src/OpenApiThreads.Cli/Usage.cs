using System;
using System.Collections.Generic;
using System.Text;
using OpenApiThreads.Cli.CommandLine;

namespace OpenApiThreads.Cli;

/// <summary>The <c>--help</c> texts, built from the command definitions so they cannot drift from what is parsed.</summary>
internal static class Usage
{
    public const string ProgramName = "openai-threads";

    // Fits a 100-column terminal; longer lines wrap with a hanging indent.
    private const int LineWidth = 100;

    private static readonly (string Name, string Description) BaseUrl =
        (ArgumentParser.BaseUrlOption + " URL", "API base URL, e.g. https://api.openai.com/v1/ (default: $OPENAI_BASE_URL"
            + (EmbeddedEmulator.IsAvailable ? ", else a built-in emulator started for this one command)" : "; one of the two is required in this build)"));

    private static readonly (string Name, string Description) Help =
        (ArgumentParser.ShortHelpOption + ", " + ArgumentParser.HelpOption, "Show help");

    private static readonly (string Name, string Description) Version =
        (ArgumentParser.VersionOption, "Show the version");

    public static string ForProgram(IReadOnlyList<CommandDefinition> commands, string version)
    {
        var help = new HelpWriter();
        help.Paragraph($"{ProgramName} {version}: create, read, update and delete OpenAI Assistants threads, their messages and runs, and the files they use.");
        help.Section("Usage:",
            ($"{ProgramName} [{ArgumentParser.BaseUrlOption} URL] <command> [arguments] [options]", string.Empty),
            ($"{ProgramName} <command> {ArgumentParser.HelpOption}", string.Empty));
        var commandRows = new List<(string Name, string Description)>(commands.Count + 1);
        foreach (CommandDefinition command in commands)
        {
            commandRows.Add((command.Name, command.Summary));
        }

        commandRows.Add(("help [COMMAND]", "Show help for a command"));
        help.Section("Commands:", [.. commandRows]);
        help.Section("Global options:", BaseUrl, Help, Version);
        help.Section("Environment:",
            (ClientFactory.ApiKeyVariable, $"API key, sent as a bearer token; required with {ArgumentParser.BaseUrlOption} or {ClientFactory.BaseUrlVariable}; never printed"),
            (ClientFactory.BaseUrlVariable, $"Base URL used when {ArgumentParser.BaseUrlOption} is not given"));
        help.Paragraph(EmbeddedEmulator.IsAvailable
            ? $"With neither {ArgumentParser.BaseUrlOption} nor {ClientFactory.BaseUrlVariable}, each command starts a private "
                + "in-memory emulator that lives only as long as the command (a note on stderr says so): enough to try the "
                + $"commands offline. For threads that outlive one command, run '{ProgramName} emulator' and point "
                + $"{ClientFactory.BaseUrlVariable} at the URL it prints."
            : $"This build has no built-in emulator (a Native AOT publish leaves it out to stay small), so every command "
                + $"needs {ArgumentParser.BaseUrlOption} or {ClientFactory.BaseUrlVariable}. To try the commands offline, run "
                + "'dotnet run --project src/OpenApiThreads.Cli -- emulator' from the repository and point "
                + $"{ClientFactory.BaseUrlVariable} at the URL it prints, or publish with -p:{EmbeddedEmulator.BuildProperty}=true.");
        help.Paragraph("Output: the API's JSON on stdout. 'messages list', 'runs list', 'files list' and 'runs create --stream' print "
            + "JSON Lines instead: one JSON object per line, each as soon as it arrives. 'files content' prints the file's "
            + "bytes (or writes them to -o FILE). Uploads and downloads draw a progress line on stderr when it is a "
            + "terminal. Errors go to stderr as one line.");
        help.Paragraph($"Exit codes: {ExitCodes.Success} success, {ExitCodes.Failure} API or network error, {ExitCodes.Usage} usage error, "
            + $"{ExitCodes.Interrupted} interrupted.");
        help.Paragraph("OpenAI has deprecated the Assistants API, threads included, in favour of the Responses API.");
        return help.ToString();
    }

    public static string ForCommand(CommandDefinition command)
    {
        var help = new HelpWriter();
        help.Paragraph($"Usage: {CommandLine(command)}");
        help.Paragraph(command.Description);
        if (command.Positionals.Count > 0)
        {
            help.Section("Arguments:", Rows(command.Positionals, p => (p.Name, p.Description)));
        }

        if (command.Options.Count > 0)
        {
            help.Section("Options:", Rows(command.Options, o => (o.Display, o.Description + (o.Repeatable ? " Repeatable." : string.Empty))));
        }

        help.Section("Global options:", command.UsesApi ? new[] { BaseUrl, Help } : new[] { Help });
        if (command.Examples.Count > 0)
        {
            help.Section("Examples:", Rows(command.Examples, e => (e, string.Empty)));
        }

        return help.ToString();
    }

    /// <summary>The one-line synopsis, e.g. <c>openai-threads update THREAD_ID [options]</c>.</summary>
    public static string CommandLine(CommandDefinition command)
    {
        var parts = new List<string> { ProgramName, command.Name };
        foreach (PositionalSpec positional in command.Positionals)
        {
            parts.Add(positional.Name);
        }

        if (command.Options.Count > 0)
        {
            parts.Add("[options]");
        }

        return string.Join(' ', parts);
    }

    // Loops rather than LINQ here and in the parser: System.Linq's generic code would be compiled into the Native AOT
    // binary for these few lists (about 30 KB, docs/benchmarks.md section 11).
    private static (string Name, string Description)[] Rows<T>(IReadOnlyList<T> items, Func<T, (string Name, string Description)> row)
    {
        var rows = new (string Name, string Description)[items.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = row(items[i]);
        }

        return rows;
    }

    /// <summary>Paragraphs and two-column sections separated by blank lines, wrapped to <see cref="LineWidth"/>.</summary>
    private sealed class HelpWriter
    {
        private readonly StringBuilder _text = new();

        public void Paragraph(string text)
        {
            Separate();
            AppendWrapped(text, indent: 0);
        }

        public void Section(string title, params (string Name, string Description)[] rows)
        {
            Separate();
            _text.AppendLine(title);
            int nameWidth = 0;
            foreach ((string name, _) in rows)
            {
                nameWidth = Math.Max(nameWidth, name.Length);
            }

            foreach ((string name, string description) in rows)
            {
                // Examples and synopses have no description and must not be wrapped: they are meant to be copied.
                if (description.Length == 0)
                {
                    _text.Append("  ").AppendLine(name);
                    continue;
                }

                _text.Append("  ").Append(name.PadRight(nameWidth + 3));
                AppendWrapped(description, indent: nameWidth + 5);
            }
        }

        public override string ToString() => _text.ToString();

        private void Separate()
        {
            if (_text.Length > 0)
            {
                _text.AppendLine();
            }
        }

        // Continues the current line, which is already `indent` characters long.
        private void AppendWrapped(string text, int indent)
        {
            int column = indent;
            bool lineHasWords = false;
            foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineHasWords && column + 1 + word.Length > LineWidth)
                {
                    _text.AppendLine().Append(' ', indent);
                    column = indent;
                    lineHasWords = false;
                }

                if (lineHasWords)
                {
                    _text.Append(' ');
                    column++;
                }

                _text.Append(word);
                column += word.Length;
                lineHasWords = true;
            }

            _text.AppendLine();
        }
    }
}
