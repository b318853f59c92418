using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>messages retrieve</c>: GET /threads/{thread_id}/messages/{message_id}.</summary>
internal static class MessagesRetrieveCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "messages retrieve",
        Summary: "Print a message",
        Description: "Looks up a message of a thread by its ID and prints it as JSON.",
        Positionals: [CommonArguments.ThreadId, CommonArguments.MessageId],
        Options: [],
        Examples: ["openai-threads messages retrieve thread_abc123 msg_abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        string messageId = CommonArguments.IdOf(command, 1);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            MessageObject message = await client.GetMessageAsync(threadId, messageId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(message, JsonOutput.Context.MessageObject);
        };
    }
}
