using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>runs cancel</c>: POST /threads/{thread_id}/runs/{run_id}/cancel.</summary>
internal static class RunsCancelCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "runs cancel",
        Summary: "Cancel a run that is in progress",
        Description: "Asks the API to cancel a run and prints the run as JSON, usually with status 'cancelling'; "
            + "retrieve it later to see 'cancelled'.",
        Positionals: [CommonArguments.ThreadId, CommonArguments.RunId],
        Options: [],
        Examples: ["openai-threads runs cancel thread_abc123 run_abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        string runId = CommonArguments.IdOf(command, 1);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            RunObject run = await client.CancelRunAsync(threadId, runId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(run, JsonOutput.Context.RunObject);
        };
    }
}
