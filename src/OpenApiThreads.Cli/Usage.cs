using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiThreads.Cli.CommandLine;

namespace OpenApiThreads.Cli;

/// <summary>The <c>--help</c> texts, built from the command definitions so they cannot drift from what is parsed.</summary>
internal static class Usage
{
    public const string ProgramName = "openai-threads";

    private static readonly (string Name, string Description)[] GlobalOptions =
    {
        (ArgumentParser.BaseUrlOption + " URL", "API base URL, e.g. https://api.openai.com/v1/ (default: $OPENAI_BASE_URL, else a built-in emulator)"),
        (ArgumentParser.ShortHelpOption + ", " + ArgumentParser.HelpOption, "Show help"),
        (ArgumentParser.VersionOption, "Show the version"),
    };

    public static string ForProgram(IReadOnlyList<CommandDefinition> commands, string version)
    {
        var text = new StringBuilder();
        text.AppendLine($"{ProgramName} {version}: create, read, update and delete OpenAI Assistants threads.");
        text.AppendLine();
        text.AppendLine("Usage:");
        text.AppendLine($"  {ProgramName} [{ArgumentParser.BaseUrlOption} URL] <command> [arguments] [options]");
        text.AppendLine($"  {ProgramName} <command> --help");
        text.AppendLine();
        text.AppendLine("Commands:");
        AppendTable(text, commands.Select(c => (c.Name, c.Summary)).Append(("help [COMMAND]", "Show help for a command")));
        text.AppendLine();
        text.AppendLine("Global options:");
        AppendTable(text, GlobalOptions);
        text.AppendLine();
        text.AppendLine("Environment:");
        AppendTable(text, new[]
        {
            (ClientFactory.ApiKeyVariable, "API key, sent as a bearer token; required with a real base URL, never printed"),
            (ClientFactory.BaseUrlVariable, $"Base URL used when {ArgumentParser.BaseUrlOption} is not given"),
        });
        text.AppendLine();
        text.AppendLine("With neither --base-url nor OPENAI_BASE_URL, each command starts a private in-memory emulator");
        text.AppendLine("that lives only for that command (a note on stderr says so): handy to try the commands offline.");
        text.AppendLine($"For state that lasts across commands, run '{ProgramName} emulator' and point OPENAI_BASE_URL at it.");
        text.AppendLine();
        text.AppendLine("Output: the API's JSON on stdout. Errors: one line on stderr.");
        text.AppendLine("Exit codes: 0 success, 1 API or network error, 2 usage error, 130 interrupted.");
        text.AppendLine();
        text.AppendLine("OpenAI has deprecated the Assistants API, threads included, in favour of the Responses API.");
        return text.ToString();
    }

    public static string ForCommand(CommandDefinition command)
    {
        var text = new StringBuilder();
        text.AppendLine($"Usage: {CommandLine(command)}");
        text.AppendLine();
        text.AppendLine(command.Description);
        if (command.Positionals.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Arguments:");
            AppendTable(text, command.Positionals.Select(p => (p.Name, p.Description)));
        }

        if (command.Options.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Options:");
            AppendTable(text, command.Options.Select(o => (o.Display, o.Description + (o.Repeatable ? " Repeatable." : string.Empty))));
        }

        text.AppendLine();
        text.AppendLine("Global options:");
        AppendTable(text, GlobalOptions);
        if (command.Examples.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Examples:");
            foreach (string example in command.Examples)
            {
                text.AppendLine("  " + example);
            }
        }

        return text.ToString();
    }

    /// <summary>The one-line synopsis, e.g. <c>openai-threads update THREAD_ID [options]</c>.</summary>
    public static string CommandLine(CommandDefinition command)
    {
        IEnumerable<string> parts = new[] { ProgramName, command.Name }.Concat(command.Positionals.Select(p => p.Name));
        return string.Join(' ', command.Options.Count > 0 ? parts.Append("[options]") : parts);
    }

    private static void AppendTable(StringBuilder text, IEnumerable<(string Name, string Description)> rows)
    {
        (string Name, string Description)[] all = rows.ToArray();
        int width = all.Max(r => r.Name.Length) + 3;
        foreach ((string name, string description) in all)
        {
            text.Append("  ").Append(name.PadRight(width)).AppendLine(description);
        }
    }
}
