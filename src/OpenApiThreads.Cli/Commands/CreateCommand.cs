using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>create</c>: POST /threads.</summary>
internal static class CreateCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "create",
        Summary: "Create a thread, optionally with messages, metadata and tool resources",
        Description: "Creates a thread and prints it as JSON. Messages are added in the order given.",
        Positionals: [],
        Options: [CommonArguments.Message, CommonArguments.Metadata, CommonArguments.ToolResources],
        Examples:
        [
            "openai-threads create --metadata user=abc123",
            "openai-threads create --message \"user:Explain quantum computing in simple terms.\"",
            "openai-threads create --tool-resources '{\"code_interpreter\":{\"file_ids\":[\"file-abc\"]}}'",
        ],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        var request = new CreateThreadRequest
        {
            Messages = MessageArgument.ParseAll(CommonArguments.Message.Name, command.Values(CommonArguments.Message)),
            Metadata = MetadataArgument.ParseAll(CommonArguments.Metadata.Name, command.Values(CommonArguments.Metadata)),
            ToolResources = ToolResourcesArgument.Parse(CommonArguments.ToolResources.Name, command.Value(CommonArguments.ToolResources)),
        };

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            ThreadObject thread = await client.CreateThreadAsync(request, cancellationToken).ConfigureAwait(false);
            context.WriteJson(thread, JsonOutput.Context.ThreadObject);
        };
    }
}
