using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>update</c>: POST /threads/{thread_id}.</summary>
internal static class UpdateCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "update",
        Summary: "Change a thread's metadata or tool resources",
        Description: "Modifies a thread and prints the result as JSON. The given --metadata pairs replace the thread's "
            + "metadata as a whole, and --tool-resources replaces its tool resources; what is not given stays as it was.",
        Positionals: [CommonArguments.ThreadId],
        Options: [CommonArguments.Metadata, CommonArguments.ToolResources],
        Examples: ["openai-threads update thread_abc123 --metadata modified=true --metadata user=abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        // Assigned only when given: the model sends whatever was assigned, null included, and a null clears the
        // field on the server.
        var request = new ModifyThreadRequest();
        bool changes = false;
        if (MetadataArgument.ParseAll(CommonArguments.Metadata.Name, command.Values(CommonArguments.Metadata)) is { } metadata)
        {
            request.Metadata = metadata;
            changes = true;
        }

        if (ToolResourcesArgument.Parse(CommonArguments.ToolResources.Name, command.Value(CommonArguments.ToolResources)) is { } toolResources)
        {
            request.ToolResources = toolResources;
            changes = true;
        }

        if (!changes)
        {
            throw new UsageException($"'update' needs at least one {CommonArguments.Metadata.Name} or {CommonArguments.ToolResources.Name}; there is nothing to change");
        }

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            ThreadObject thread = await client.ModifyThreadAsync(threadId, request, cancellationToken).ConfigureAwait(false);
            context.WriteJson(thread, JsonOutput.Context.ThreadObject);
        };
    }
}
