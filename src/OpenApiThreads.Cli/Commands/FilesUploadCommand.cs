using System;
using System.IO;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>files upload</c>: POST /files, the file streamed from disk as multipart form data.</summary>
internal static class FilesUploadCommand
{
    private static readonly PositionalSpec FilePath = new("PATH", "The file to upload; it is read as it is sent, never loaded whole, and sent under its own name");

    // The purposes the API lists for uploads; a newer one can still be sent through the client, not through here.
    private static readonly string[] Purposes =
    [
        CreateFileRequestPurpose.Assistants.Value,
        CreateFileRequestPurpose.Batch.Value,
        CreateFileRequestPurpose.FineTune.Value,
        CreateFileRequestPurpose.Vision.Value,
        CreateFileRequestPurpose.UserData.Value,
        CreateFileRequestPurpose.Evals.Value,
    ];

    private static readonly OptionSpec Purpose = new(
        "--purpose", string.Join('|', Purposes), "What the file is for (required): assistants for message attachments and tool resources.");

    public static readonly CommandDefinition Definition = new(
        Name: "files upload",
        Summary: "Upload a file, e.g. for message attachments and tool resources",
        Description: "Uploads a file, streamed from disk, and prints the file object as JSON; its id is what "
            + "attachments and --tool-resources name. When stderr is a terminal, a progress line is drawn there.",
        Positionals: [FilePath],
        Options: [Purpose],
        Examples: ["openai-threads files upload ./report.pdf --purpose assistants"],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string path = command.Positionals[0];
        string purposeValue = command.Value(Purpose)
            ?? throw new UsageException($"'files upload' needs {Purpose.Name} (one of {string.Join(", ", Purposes)}; usage: {Usage.CommandLine(Definition)})");
        var purpose = new CreateFileRequestPurpose(purposeValue.ToLowerInvariant());
        if (Array.IndexOf(Purposes, purpose.Value) < 0)
        {
            string? closest = Suggestions.Closest(purposeValue, Purposes);
            throw new UsageException($"{Purpose.Name} '{purposeValue}' is not one of {string.Join(", ", Purposes)}"
                + (closest is null ? string.Empty : $" (did you mean '{closest}'?)"));
        }

        // Checked before any connection, so a wrong path costs neither a request nor an emulator start-up.
        if (Directory.Exists(path))
        {
            throw new UsageException($"'{path}' is a directory; 'files upload' sends one file");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"no file at '{path}'");
        }

        return async (context, cancellationToken) =>
        {
            ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
            // Opened only now, and closed by the request when it has been sent.
            FileUpload file = FileUpload.FromFile(path);
            TransferProgress? progress = TransferProgress.For(context, "upload " + Path.GetFileName(path), file.Length);
            OpenAIFile uploaded;
            try
            {
                uploaded = await client.CreateFileAsync(new CreateFileRequest { File = file, Purpose = purpose }, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                progress?.Finish();
            }

            context.WriteJson(uploaded, JsonOutput.Context.OpenAIFile);
        };
    }
}
