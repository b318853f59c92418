using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Benchmarks.Client;

/// <summary>
/// An in-memory server: reads the whole request body as a server would (so a client that serialises lazily pays for
/// it), then answers with a fresh response around canned bytes: the thread, the message page or the run stream.
/// </summary>
internal sealed class CannedHandler : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        string path = request.RequestUri!.AbsolutePath;
        (byte[] body, string type) = path switch
        {
            _ when path.EndsWith("/messages", StringComparison.Ordinal) => (SampleJson.MessagePage, "application/json"),
            _ when path.EndsWith("/runs", StringComparison.Ordinal) => (SampleJson.RunStream, "text/event-stream"),
            _ when path.Contains("/threads", StringComparison.Ordinal) => (SampleJson.Thread, "application/json"),
            _ => throw new InvalidOperationException("No canned answer for " + request.Method + " " + path),
        };

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
