using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Generator.Tests.Stripe;

/// <summary>Keeps each request as it would go on the wire, and answers <c>200 {}</c> without a network.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    public List<RecordedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        Requests.Add(new RecordedRequest(request.Method.Method + " " + request.RequestUri!.AbsoluteUri, request.Content?.Headers.ContentType?.ToString(), body));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
    }
}

/// <summary>One request: its line (method and absolute URI, exactly as escaped), content type and body text.</summary>
internal sealed record RecordedRequest(string Line, string? ContentType, string? Body);
