using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Writes a <c>text/event-stream</c> response: one <c>event: name</c> / <c>data: json</c> frame per event, then
/// <c>event: done</c> / <c>data: [DONE]</c>. Each frame is flushed on its own so a client sees it at once, and
/// <see cref="EmulatorSettings.StreamEventDelay"/> is waited before every frame but the first.
/// </summary>
internal static class EventStreamResponse
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] DoneFrame = "event: done\ndata: [DONE]\n\n"u8.ToArray();

    public static async Task WriteAsync(HttpContext context, IReadOnlyList<StreamEvent> events, TimeSpan delay, TimeProvider time)
    {
        CancellationToken aborted = context.RequestAborted;
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(aborted).ConfigureAwait(false);

        var buffer = new ArrayBufferWriter<byte>(1024);
        for (int index = 0; index <= events.Count; index++)
        {
            if (index > 0 && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, aborted).ConfigureAwait(false);
            }

            ReadOnlyMemory<byte> frame = index < events.Count ? Frame(buffer, events[index]) : DoneFrame;
            await response.Body.WriteAsync(frame, aborted).ConfigureAwait(false);
            await response.Body.FlushAsync(aborted).ConfigureAwait(false);
        }
    }

    private static ReadOnlyMemory<byte> Frame(ArrayBufferWriter<byte> buffer, StreamEvent streamEvent)
    {
        buffer.ResetWrittenCount();
        Encoding.UTF8.GetBytes("event: " + streamEvent.Name + "\ndata: ", buffer);
        // Unindented JSON has no line breaks (they are escaped inside strings), so the data stays one line.
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            streamEvent.WriteData(writer);
        }

        buffer.Write("\n\n"u8);
        return buffer.WrittenMemory;
    }
}
