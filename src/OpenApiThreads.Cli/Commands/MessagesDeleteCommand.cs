using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>messages delete</c>: DELETE /threads/{thread_id}/messages/{message_id}.</summary>
internal static class MessagesDeleteCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "messages delete",
        Summary: "Delete a message",
        Description: "Deletes a message from a thread and prints the deletion status as JSON.",
        Positionals: [CommonArguments.ThreadId, CommonArguments.MessageId],
        Options: [],
        Examples: ["openai-threads messages delete thread_abc123 msg_abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        string messageId = CommonArguments.IdOf(command, 1);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            DeleteMessageResponse deletion = await client.DeleteMessageAsync(threadId, messageId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(deletion, JsonOutput.Context.DeleteMessageResponse);
        };
    }
}
