using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Sends a file's bytes exactly as uploaded, streamed from disk. OpenAI's spec declares this response as
/// <c>application/json</c> with a string schema, but the service answers with the raw bytes as
/// <c>application/octet-stream</c>, and that is what clients must handle, so that is what the emulator sends.
/// </summary>
internal static class FileContentResponse
{
    public static async Task WriteAsync(HttpContext context, FileRecord file, Stream content)
    {
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/octet-stream";
        response.ContentLength = file.Bytes;

        // filename carries an ASCII stand-in and filename* (RFC 5987) the exact name, so every client finds one.
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();

        await content.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
