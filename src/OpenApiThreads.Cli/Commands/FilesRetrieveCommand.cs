using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>files retrieve</c>: GET /files/{file_id}.</summary>
internal static class FilesRetrieveCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "files retrieve",
        Summary: "Print an uploaded file's details",
        Description: "Looks up an uploaded file by its ID and prints the file object (name, size, purpose) as JSON. "
            + "'files content' prints the bytes.",
        Positionals: [CommonArguments.FileId],
        Options: [],
        Examples: ["openai-threads files retrieve file-abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string fileId = CommonArguments.IdOf(command, 0);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            OpenAIFile file = await client.RetrieveFileAsync(fileId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(file, JsonOutput.Context.OpenAIFile);
        };
    }
}
