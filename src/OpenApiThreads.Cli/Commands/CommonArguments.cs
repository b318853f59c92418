using System.Globalization;
using OpenApiThreads.Cli.CommandLine;

namespace OpenApiThreads.Cli.Commands;

/// <summary>Arguments several commands share, declared once so their help and errors read the same everywhere.</summary>
internal static class CommonArguments
{
    public static readonly PositionalSpec ThreadId = new("THREAD_ID", "ID of the thread, e.g. thread_abc123");

    public static readonly PositionalSpec MessageId = new("MESSAGE_ID", "ID of the message, e.g. msg_abc123");

    public static readonly PositionalSpec RunId = new("RUN_ID", "ID of the run, e.g. run_abc123");

    public static readonly PositionalSpec FileId = new("FILE_ID", "ID of the uploaded file, e.g. file-abc123");

    public static readonly OptionSpec Limit = new(
        "--limit", "N", "Page size: how many items each request asks for (the API allows 1 to 100, default 20). Every page is fetched; this only sets how many per request.");

    public static readonly OptionSpec Order = new(
        "--order", "asc|desc", "Order by creation time: asc (oldest first) or desc (newest first, the API's default).");

    public static readonly OptionSpec Message = new(
        "--message", MessageArgument.ValueName, "A message to start the thread with; role is user or assistant, e.g. \"user:Hello there\".", Repeatable: true);

    public static readonly OptionSpec Metadata = new(
        "--metadata", MetadataArgument.ValueName, "A metadata pair (the API allows 16 pairs; keys up to 64 characters, values up to 512).", Repeatable: true);

    public static readonly OptionSpec ToolResources = new(
        "--tool-resources", ToolResourcesArgument.ValueName, "Tool resources as a JSON object, e.g. '{\"code_interpreter\":{\"file_ids\":[\"file-abc\"]}}'.");

    /// <summary>The thread ID positional, refused when empty (it would address the collection, not a thread).</summary>
    public static string ThreadIdOf(ParsedCommand command) => IdOf(command, 0);

    /// <summary>An ID positional, refused when empty (it would address the collection, not one item).</summary>
    public static string IdOf(ParsedCommand command, int index)
    {
        string id = command.Positionals[index];
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new UsageException($"{command.Definition.Positionals[index].Name} for '{command.Definition.Name}' is empty");
        }

        return id;
    }

    /// <summary>The <c>--limit</c> page size, or null when not given; the API's upper bound is left to the server.</summary>
    public static long? LimitOf(ParsedCommand command) => LimitOf(command, Limit);

    /// <summary>A page size given with <paramref name="option"/> (a list's own <c>--limit</c>), or null when not given.</summary>
    public static long? LimitOf(ParsedCommand command, OptionSpec option)
    {
        if (command.Value(option) is not { } value)
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long limit) || limit < 1)
        {
            throw new UsageException($"{option.Name} '{value}' is not a whole number of at least 1, e.g. {option.Name} 20");
        }

        return limit;
    }

    /// <summary>The <c>--order</c> value, <c>asc</c> or <c>desc</c>, or null when not given.</summary>
    public static string? OrderOf(ParsedCommand command)
    {
        string? value = command.Value(Order);
        return value?.ToLowerInvariant() switch
        {
            null => null,
            "asc" or "desc" => value.ToLowerInvariant(),
            _ => throw new UsageException($"{Order.Name} '{value}' must be 'asc' or 'desc'"),
        };
    }
}
