using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>Status and headers behind a typed result, read through a capture scope instead of a second method per operation.</summary>
public sealed class ResponseCaptureTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_scope_records_the_status_and_headers_of_the_response_behind_a_typed_result()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.Created, headers: r => r.Headers.Add("x-ratelimit-remaining-requests", "99")));
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { BaseAddress = new System.Uri("https://api.example.test/v1/") });

        using ThreadsClient.ResponseCapture capture = ThreadsClient.CaptureResponses();
        ThreadObject thread = await client.GetThreadAsync("thread_abc", Cancel);

        Assert.Equal("thread_abc", thread.Id);
        Assert.Equal(201, capture.StatusCode);
        Assert.Equal(["req_201"], capture.Headers["x-request-id"]);
        Assert.Equal(["99"], capture.Headers["x-ratelimit-remaining-requests"]);
        Assert.Equal(1, capture.Count);
    }

    [Fact]
    public async Task Retried_responses_count_and_the_last_one_is_kept()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.ServiceUnavailable, Respond.Error, r => r.Headers.Add("Retry-After", "0")), Respond.With(HttpStatusCode.OK));
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { BaseAddress = new System.Uri("https://api.example.test/v1/"), InitialRetryDelay = System.TimeSpan.Zero });

        using var capture = ThreadsClient.CaptureResponses();
        await client.GetThreadAsync("thread_abc", Cancel);

        Assert.Equal((200, 2), (capture.StatusCode, capture.Count));
    }

    [Fact]
    public async Task Scopes_nest_and_nothing_is_recorded_after_disposal()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK), Respond.With(HttpStatusCode.Accepted), Respond.With(HttpStatusCode.OK));
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { BaseAddress = new System.Uri("https://api.example.test/v1/") });

        var outer = ThreadsClient.CaptureResponses();
        await client.GetThreadAsync("a", Cancel);
        using (ThreadsClient.ResponseCapture inner = ThreadsClient.CaptureResponses())
        {
            await client.GetThreadAsync("b", Cancel);
            Assert.Equal(202, inner.StatusCode);
        }

        outer.Dispose();
        await client.GetThreadAsync("c", Cancel);

        Assert.Equal((200, 1), (outer.StatusCode, outer.Count));
    }
}
