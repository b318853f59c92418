using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>Reads a request body as a JSON object with <see cref="JsonDocument"/> (no reflection).</summary>
internal static class RequestBody
{
    /// <returns>The parsed body, or null when the body is empty; the caller disposes it.</returns>
    public static async Task<JsonDocument?> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Buffered first because an empty body is allowed and must be told apart from malformed JSON,
        // which the parser alone reports the same way.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            throw ApiException.InvalidRequest(null, "The request body is not valid JSON. Send a JSON object with Content-Type: application/json.");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw ApiException.InvalidRequest(null, "The request body must be a JSON object.");
        }

        return document;
    }
}
