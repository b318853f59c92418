using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>Writes a JSON response body with <see cref="Utf8JsonWriter"/>, so no reflection-based serializer is involved.</summary>
internal static class JsonResponse
{
    // The body is served as application/json, never embedded in HTML, so non-ASCII text can stay readable
    // the way OpenAI sends it.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync<T>(HttpContext context, int statusCode, T value, Action<Utf8JsonWriter, T> write)
    {
        // Buffered so that Content-Length is known and a failure while writing cannot leave half a body.
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, value);
        }

        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        return response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }
}
