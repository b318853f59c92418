using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>messages list</c>: GET /threads/{thread_id}/messages, every page.</summary>
internal static class MessagesListCommand
{
    private static readonly OptionSpec RunId = new("--run-id", "ID", "Only the messages created by this run, e.g. run_abc123.");

    public static readonly CommandDefinition Definition = new(
        Name: "messages list",
        Summary: "Print a thread's messages, one JSON object per line",
        Description: "Prints every message of a thread as JSON Lines: one JSON object per line, each printed as soon "
            + "as its page arrives. Pages are fetched one after another until the last.",
        Positionals: [CommonArguments.ThreadId],
        Options: [CommonArguments.Limit, CommonArguments.Order, RunId],
        Examples:
        [
            "openai-threads messages list thread_abc123 --order asc",
            "openai-threads messages list thread_abc123 --run-id run_abc123 --limit 100",
        ],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        long? limit = CommonArguments.LimitOf(command);
        ListOrder? order = CommonArguments.OrderOf(command) is { } value ? new ListOrder(value) : default(ListOrder?);
        string? runId = command.Value(RunId);

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await foreach (MessageObject message in client.ListMessagesAutoPagingAsync(threadId, limit, order, runId, cancellationToken).ConfigureAwait(false))
            {
                context.WriteJson(message, JsonOutput.Lines.MessageObject);
            }
        };
    }
}
