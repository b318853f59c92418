using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>runs create</c>: POST /threads/{thread_id}/runs, answered with the run or, streamed, with its events.</summary>
internal static class RunsCreateCommand
{
    private static readonly OptionSpec AssistantId = new("--assistant-id", "ID", "The assistant that performs the run (required), e.g. asst_abc123.");
    private static readonly OptionSpec Instructions = new("--instructions", "TEXT", "Instructions that replace the assistant's for this run.");
    private static readonly OptionSpec Stream = new(
        "--stream", ValueName: null, "Print the run's events as they happen, one JSON object per line ({\"event\":...,\"data\":...}), until 'done'.");

    public static readonly CommandDefinition Definition = new(
        Name: "runs create",
        Summary: "Start a run of an assistant on a thread, optionally streaming its events",
        Description: "Queues a run of the assistant on the thread and prints the run as JSON; the run is not waited "
            + "for. With --stream, prints every event of the run as JSON Lines instead, one "
            + "{\"event\":\"thread.run.created\",\"data\":{...}} object per line as it arrives, and ends after the "
            + "'done' event. Ctrl+C stops the stream (exit code 130).",
        Positionals: [CommonArguments.ThreadId],
        Options: [AssistantId, Instructions, Stream],
        Examples:
        [
            "openai-threads runs create thread_abc123 --assistant-id asst_abc123",
            "openai-threads runs create thread_abc123 --assistant-id asst_abc123 --stream",
        ],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        string assistantId = command.Value(AssistantId)
            ?? throw new UsageException($"'runs create' needs {AssistantId.Display} (usage: {Usage.CommandLine(Definition)})");
        if (string.IsNullOrWhiteSpace(assistantId))
        {
            throw new UsageException($"{AssistantId.Name} is empty");
        }

        var request = new CreateRunRequest { AssistantId = assistantId, Instructions = command.Value(Instructions) };
        if (command.Has(Stream))
        {
            return (context, cancellationToken) => StreamAsync(context, threadId, request, cancellationToken);
        }

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            RunObject run = await client.CreateRunAsync(threadId, request, cancellationToken: cancellationToken).ConfigureAwait(false);
            context.WriteJson(run, JsonOutput.Context.RunObject);
        };
    }

    private static async Task StreamAsync(CommandContext context, string threadId, CreateRunRequest request, CancellationToken cancellationToken)
    {
        ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await foreach (AssistantStreamEvent item in client.CreateRunStreamingAsync(threadId, request, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // Events the client does not know yet are printed too, as the {"event", "data"} JSON they arrived as.
            context.WriteJson(item, JsonOutput.Lines.AssistantStreamEvent);
            if (item.AsError is { } failure)
            {
                // The line above carries the details; the exit code tells a script the run did not go through.
                throw new CommandFailedException($"the stream reported an error: {failure.Data.Message}");
            }

            if (item.IsDone)
            {
                return;
            }
        }
    }
}
