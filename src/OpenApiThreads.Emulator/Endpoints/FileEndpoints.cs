using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OpenApiThreads.Emulator;

/// <summary>The file handlers: upload (multipart), list (paged, filterable by purpose), retrieve, delete and download.</summary>
internal sealed class FileEndpoints(FileStore files, EmulatorSettings settings, TimeProvider time)
{
    // listFiles declares limit 1 to 10,000 with a default of 10,000, and no 'before'.
    private const int ListLimit = 10_000;

    // What a multipart body may add to its file: boundaries, part headers and the short text fields.
    private const long FormOverheadBytes = 1024 * 1024;

    private static readonly Action<Utf8JsonWriter, ListPage<FileRecord>> WriteList = ListJson.Writer<FileRecord>(FileJson.Write);

    public async Task UploadFileAsync(HttpContext context)
    {
        long maxFileBytes = settings.MaxFileBytes;
        // Kestrel's default request limit (about 28.6 MiB) is far below OpenAI's 512 MB per file. The file itself
        // is checked against maxFileBytes while it streams; this only keeps the whole body within reach of it.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxFileBytes + FormOverheadBytes;
        }

        string id = Ids.New("file-");
        FileUpload upload;
        try
        {
            upload = await FileUploadReader.ReadAsync(context.Request, () => files.CreateContent(id), maxFileBytes, context.RequestAborted)
                .ConfigureAwait(false);
        }
        catch
        {
            files.DiscardContent(id);
            throw;
        }

        var file = FileRecord.FromUpload(id, upload, time.GetUtcNow().ToUnixTimeSeconds());
        files.Add(file);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, file, FileJson.Write).ConfigureAwait(false);
    }

    public Task ListFilesAsync(HttpContext context)
    {
        ListQuery query = ListQueryReader.ReadWithoutBefore(context.Request.Query, ListLimit, ListLimit);
        string? purpose = ListQueryReader.ReadSingle(context.Request.Query, "purpose");
        ListPage<FileRecord> page = Paginator.Page(files.Snapshot(purpose), query, "file");
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, page, WriteList);
    }

    public Task GetFileAsync(HttpContext context, string fileId) =>
        files.TryGet(fileId, out FileRecord? file)
            ? JsonResponse.WriteAsync(context, StatusCodes.Status200OK, file, FileJson.Write)
            : throw ApiException.NotFound("file", fileId);

    public Task DeleteFileAsync(HttpContext context, string fileId) =>
        files.TryDelete(fileId)
            ? JsonResponse.WriteAsync(context, StatusCodes.Status200OK, fileId, FileJson.WriteDeleted)
            : throw ApiException.NotFound("file", fileId);

    public async Task DownloadFileAsync(HttpContext context, string fileId)
    {
        if (!files.TryOpenContent(fileId, out FileRecord? file, out Stream? content))
        {
            throw ApiException.NotFound("file", fileId);
        }

        await using (content.ConfigureAwait(false))
        {
            await FileContentResponse.WriteAsync(context, file, content).ConfigureAwait(false);
        }
    }
}
