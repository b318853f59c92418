using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>What a command does once its arguments have been checked.</summary>
internal delegate Task CommandAction(CommandContext context, CancellationToken cancellationToken);

/// <summary>
/// One command: what the parser accepts, what help shows, and how the parsed arguments become an action.
/// </summary>
/// <param name="Name">As typed: one word (<c>create</c>), or a group and a subcommand (<c>messages list</c>).</param>
/// <param name="UsesApi">Whether the command talks to the API, so that <c>--base-url</c> and the OPENAI_* variables apply.</param>
/// <param name="Bind">
/// Turns parsed arguments into the action, throwing <see cref="UsageException"/> for bad values. It runs before
/// anything is connected or started, so a typo never costs a network call or an emulator start-up.
/// </param>
internal sealed record CommandDefinition(
    string Name,
    string Summary,
    string Description,
    IReadOnlyList<PositionalSpec> Positionals,
    IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<string> Examples,
    Func<ParsedCommand, CommandAction> Bind,
    bool UsesApi = true)
{
    /// <summary>The first word of a two-word name (<c>messages</c> for <c>messages list</c>), else null.</summary>
    public string? Group
    {
        get
        {
            int space = Name.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 ? Name[..space] : null;
        }
    }
}
