using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>retrieve</c>: GET /threads/{thread_id}.</summary>
internal static class RetrieveCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "retrieve",
        Summary: "Print a thread",
        Description: "Looks up a thread by its ID and prints it as JSON.",
        Positionals: [CommonArguments.ThreadId],
        Options: [],
        Examples: ["openai-threads retrieve thread_abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            ThreadObject thread = await client.GetThreadAsync(threadId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(thread, JsonOutput.Context.ThreadObject);
        };
    }
}
