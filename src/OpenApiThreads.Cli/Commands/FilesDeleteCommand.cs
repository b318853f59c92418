using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>files delete</c>: DELETE /files/{file_id}.</summary>
internal static class FilesDeleteCommand
{
    public static readonly CommandDefinition Definition = new(
        Name: "files delete",
        Summary: "Delete an uploaded file",
        Description: "Deletes an uploaded file permanently and prints the deletion status as JSON.",
        Positionals: [CommonArguments.FileId],
        Options: [],
        Examples: ["openai-threads files delete file-abc123"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string fileId = CommonArguments.IdOf(command, 0);
        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            DeleteFileResponse deletion = await client.DeleteFileAsync(fileId, cancellationToken).ConfigureAwait(false);
            context.WriteJson(deletion, JsonOutput.Context.DeleteFileResponse);
        };
    }
}
