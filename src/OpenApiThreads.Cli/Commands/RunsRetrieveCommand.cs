using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>runs retrieve</c>: GET /threads/{thread_id}/runs/{run_id}.</summary>
internal static class RunsRetrieveCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "runs retrieve",
        Summary: "Print a run, e.g. to poll its status",
        Description: "Looks up a run of a thread by its ID and prints it as JSON. Poll it to follow the run's status.",
        Positionals: [CommonArguments.ThreadId, CommonArguments.RunId],
        Options: [],
        Examples: ["openai-threads runs retrieve thread_abc123 run_abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        string runId = CommonArguments.IdOf(command, 1);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            RunObject run = await client.GetRunAsync(threadId, runId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(run, JsonOutput.Context.RunObject);
        };
    }
}
