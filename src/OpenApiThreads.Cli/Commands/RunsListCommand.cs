using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>runs list</c>: GET /threads/{thread_id}/runs, every page.</summary>
internal static class RunsListCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "runs list",
        Summary: "Print a thread's runs, one JSON object per line",
        Description: "Prints every run of a thread as JSON Lines: one JSON object per line, each printed as soon as "
            + "its page arrives. Pages are fetched one after another until the last.",
        Positionals: [CommonArguments.ThreadId],
        Options: [CommonArguments.Limit, CommonArguments.Order],
        Examples: ["openai-threads runs list thread_abc123 --order asc"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        long? limit = CommonArguments.LimitOf(command);
        ListOrder? order = CommonArguments.OrderOf(command) is { } value ? new ListOrder(value) : default(ListOrder?);

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await foreach (RunObject run in client.ListRunsAutoPagingAsync(threadId, limit, order, cancellationToken).ConfigureAwait(false))
            {
                context.WriteJson(run, JsonOutput.Lines.RunObject);
            }
        };
    }
}
