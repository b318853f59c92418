using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>delete</c>: DELETE /threads/{thread_id}.</summary>
internal static class DeleteCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "delete",
        Summary: "Delete a thread",
        Description: "Deletes a thread permanently and prints the deletion status as JSON.",
        Positionals: [CommonArguments.ThreadId],
        Options: [],
        Examples: ["openai-threads delete thread_abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            DeleteThreadResponse deletion = await client.DeleteThreadAsync(threadId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(deletion, JsonOutput.Context.DeleteThreadResponse);
        };
    }
}
