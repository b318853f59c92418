using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>create-and-run</c>: POST /threads/runs.</summary>
internal static class CreateAndRunCommand
{
    private static readonly OptionSpec AssistantId = new("--assistant-id", "ID", "The assistant that performs the run (required), e.g. asst_abc123.");
    private static readonly OptionSpec Model = new("--model", "MODEL", "A model to use instead of the assistant's own, e.g. gpt-4o.");
    private static readonly OptionSpec Instructions = new("--instructions", "TEXT", "Instructions that replace the assistant's for this run.");
    private static readonly OptionSpec RunMetadata = CommonArguments.Metadata with
    {
        Description = "A metadata pair for the run (not the thread).",
    };

    public static readonly CommandDefinition Definition = new(
        Name: "create-and-run",
        Summary: "Create a thread and start a run of an assistant on it",
        Description: "Creates a thread from the given messages, queues a run of the assistant on it, and prints the run "
            + "as JSON (its thread_id names the new thread). The run is not waited for.",
        Positionals: [],
        Options: [AssistantId, CommonArguments.Message, Model, Instructions, RunMetadata],
        Examples: ["openai-threads create-and-run --assistant-id asst_abc123 --message \"user:Explain deep learning to a 5 year old.\""],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string assistantId = command.Value(AssistantId)
            ?? throw new UsageException($"'create-and-run' needs {AssistantId.Display} (usage: {Usage.CommandLine(Definition)})");
        if (string.IsNullOrWhiteSpace(assistantId))
        {
            throw new UsageException($"{AssistantId.Name} is empty");
        }

        var messages = MessageArgument.ParseAll(CommonArguments.Message.Name, command.Values(CommonArguments.Message));
        var request = new CreateThreadAndRunRequest
        {
            AssistantId = assistantId,
            Thread = messages is null ? null : new CreateThreadRequest { Messages = messages },
            Model = command.Value(Model),
            Instructions = command.Value(Instructions),
            Metadata = MetadataArgument.ParseAll(RunMetadata.Name, command.Values(RunMetadata)),
        };

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            RunObject run = await client.CreateThreadAndRunAsync(request, cancellationToken).ConfigureAwait(false);
            context.WriteJson(run, JsonOutput.Context.RunObject);
        };
    }
}
