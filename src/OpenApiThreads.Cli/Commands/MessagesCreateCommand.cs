using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>messages create</c>: POST /threads/{thread_id}/messages.</summary>
internal static class MessagesCreateCommand
{
    private static readonly OptionSpec Content = new("--content", "TEXT", "The text of the message (required).");
    private static readonly OptionSpec Role = new("--role", "user|assistant", "Who the message is from (default: user).");
    private static readonly OptionSpec MessageMetadata = CommonArguments.Metadata with
    {
        Description = "A metadata pair for the message.",
    };

    public static readonly CommandDefinition Definition = new(
        Name: "messages create",
        Summary: "Add a message to a thread",
        Description: "Adds a message to the end of a thread and prints it as JSON.",
        Positionals: [CommonArguments.ThreadId],
        Options: [Content, Role, MessageMetadata],
        Examples: ["openai-threads messages create thread_abc123 --content \"How does AI work? Explain it in simple terms.\""],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string threadId = CommonArguments.ThreadIdOf(command);
        string content = command.Value(Content)
            ?? throw new UsageException($"'messages create' needs {Content.Display} (usage: {Usage.CommandLine(Definition)})");
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new UsageException($"{Content.Name} is empty");
        }

        var request = new CreateMessageRequest
        {
            Role = RoleOf(command.Value(Role)),
            Content = content,
            Metadata = MetadataArgument.ParseAll(MessageMetadata.Name, command.Values(MessageMetadata)),
        };

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            MessageObject message = await client.CreateMessageAsync(threadId, request, cancellationToken).ConfigureAwait(false);
            context.WriteJson(message, JsonOutput.Context.MessageObject);
        };
    }

    private static CreateMessageRequestRole RoleOf(string? value) => value?.ToLowerInvariant() switch
    {
        null or CreateMessageRequestRole.Values.User => CreateMessageRequestRole.User,
        CreateMessageRequestRole.Values.Assistant => CreateMessageRequestRole.Assistant,
        _ => throw new UsageException($"{Role.Name} '{value}' must be 'user' or 'assistant'"),
    };
}
