using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Cli.Output;

namespace OpenApiThreads.Cli.Commands;

/// <summary><c>files content</c>: GET /files/{file_id}/content, streamed to stdout or to a file.</summary>
internal static class FilesContentCommand
{
    private const string StandardOutput = "-";

    private static readonly OptionSpec Output = new(
        "--output", "FILE", "Write the bytes to FILE instead of stdout. An existing directory gets the file under its uploaded name; '-' is stdout.", ShortName: "-o");

    public static readonly CommandDefinition Definition = new(
        Name: "files content",
        Summary: "Download an uploaded file's bytes, to stdout or to a file",
        Description: "Streams the bytes of an uploaded file, exactly as stored, to stdout, or with -o to FILE. Nothing "
            + "is held in memory. FILE appears only once the whole file has arrived (it is written beside it under "
            + "a temporary name first), so a failed download leaves no partial file and an existing FILE untouched. "
            + "When stderr is a terminal, a progress line is drawn there.",
        Positionals: [CommonArguments.FileId],
        Options: [Output],
        Examples:
        [
            "openai-threads files content file-abc123 -o report.pdf",
            "openai-threads files content file-abc123 -o ./downloads/",
            "openai-threads files content file-abc123 | sha256sum",
        ],
        Bind: Bind);

    private static CommandAction Bind(ParsedCommand command)
    {
        string fileId = CommonArguments.IdOf(command, 0);
        string? output = command.Value(Output);
        if (output is null or StandardOutput)
        {
            return (context, cancellationToken) => WriteToStandardOutputAsync(context, fileId, cancellationToken);
        }

        if (output.Length == 0)
        {
            throw new UsageException($"{Output.Name} is empty");
        }

        bool intoDirectory = Directory.Exists(output);
        string? parent = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!intoDirectory && parent is not null && !Directory.Exists(parent))
        {
            throw new UsageException($"{Output.Name} '{output}': the directory '{parent}' does not exist");
        }

        return (context, cancellationToken) => WriteToFileAsync(context, fileId, output, intoDirectory, cancellationToken);
    }

    private static async Task WriteToStandardOutputAsync(CommandContext context, string fileId, CancellationToken cancellationToken)
    {
        ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using FileDownload download = await client.DownloadFileAsync(fileId, cancellationToken).ConfigureAwait(false);
        Stream stdout = context.BinaryOutput();
        await CopyAsync(context, download, stdout, "download " + fileId, cancellationToken).ConfigureAwait(false);
        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteToFileAsync(CommandContext context, string fileId, string output, bool intoDirectory, CancellationToken cancellationToken)
    {
        ThreadsClient client = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
        // Asked for before anything is created on disk, so an unknown id leaves no file behind.
        await using FileDownload download = await client.DownloadFileAsync(fileId, cancellationToken).ConfigureAwait(false);
        string path = intoDirectory ? Path.Combine(output, SafeFileName(download.FileName) ?? fileId) : output;
        string partial = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        try
        {
            var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                await CopyAsync(context, download, file, "download " + Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    private static async Task CopyAsync(CommandContext context, FileDownload download, Stream destination, string label, CancellationToken cancellationToken)
    {
        TransferProgress? progress = TransferProgress.For(context, label, download.ContentLength);
        try
        {
            await download.CopyToAsync(destination, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress?.Finish();
        }
    }

    // The server's name is not a path to trust: only its last segment is used, and nothing that names a directory.
    private static string? SafeFileName(string? name)
    {
        string? last = name is null ? null : Path.GetFileName(name.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(last) || last is "." or ".." ? null : last;
    }
}
