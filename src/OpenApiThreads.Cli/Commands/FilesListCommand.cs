using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>files list</c>: GET /files, every page.</summary>
internal static class FilesListCommand
{
    private static readonly OptionSpec Purpose = new("--purpose", "PURPOSE", "Only the files with this purpose, e.g. assistants.");

    // The files list has its own bounds: 1 to 10,000 per page, 10,000 by default.
    private static readonly OptionSpec Limit = CommonArguments.Limit with
    {
        Description = "Page size: how many files each request asks for (the API allows 1 to 10,000, the default). Every page is fetched.",
    };

    public static readonly CommandDefinition Definition = new(
        Name: "files list",
        Summary: "Print the uploaded files, one JSON object per line",
        Description: "Prints every uploaded file as JSON Lines: one file object per line, each printed as soon as its "
            + "page arrives. Pages are fetched one after another until the last.",
        Positionals: [],
        Options: [Purpose, Limit, CommonArguments.Order],
        Examples:
        [
            "openai-threads files list",
            "openai-threads files list --purpose assistants --order asc",
        ],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string? purpose = command.Value(Purpose);
        long? limit = CommonArguments.LimitOf(command, Limit);
        ListOrder? order = CommonArguments.OrderOf(command) is { } value ? new ListOrder(value) : default(ListOrder?);

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await foreach (OpenAIFile file in client.ListFilesAutoPagingAsync(purpose, limit, order, cancellationToken).ConfigureAwait(false))
            {
                context.WriteJson(file, JsonOutput.Lines.OpenAIFile);
            }
        };
    }
}
