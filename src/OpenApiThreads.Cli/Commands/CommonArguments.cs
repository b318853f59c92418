using OpenApiThreads.Cli.CommandLine;

namespace OpenApiThreads.Cli.Commands;

/// <summary>Arguments several commands share, declared once so their help and errors read the same everywhere.</summary>
internal static class CommonArguments
{
    public static readonly PositionalSpec ThreadId = new("THREAD_ID", "ID of the thread, e.g. thread_abc123");

    public static readonly OptionSpec Message = new(
        "--message", MessageArgument.ValueName, "A message to start the thread with; role is user or assistant, e.g. \"user:Hello there\".", Repeatable: true);

    public static readonly OptionSpec Metadata = new(
        "--metadata", MetadataArgument.ValueName, "A metadata pair (the API allows 16 pairs; keys up to 64 characters, values up to 512).", Repeatable: true);

    public static readonly OptionSpec ToolResources = new(
        "--tool-resources", ToolResourcesArgument.ValueName, "Tool resources as a JSON object, e.g. '{\"code_interpreter\":{\"file_ids\":[\"file-abc\"]}}'.");

    /// <summary>The thread ID positional, refused when empty (it would address the collection, not a thread).</summary>
    public static string ThreadIdOf(ParsedCommand command)
    {
        string threadId = command.Positionals[0];
        if (string.IsNullOrWhiteSpace(threadId))
        {
            throw new UsageException($"{ThreadId.Name} for '{command.Definition.Name}' is empty");
        }

        return threadId;
    }
}
