using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>Which failures the generated client retries, how long it waits, and that a retry resends the same request.</summary>
public sealed class RetryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ThreadsClient Client(FaultInjectingHandler handler, int maxRetries = 2, double initialDelaySeconds = 0.01)
        => new(new HttpClient(handler), new ThreadsClientOptions
        {
            ApiKey = "sk-secret",
            MaxRetries = maxRetries,
            InitialRetryDelay = TimeSpan.FromSeconds(initialDelaySeconds),
        });

    [Theory]
    [InlineData(408)]
    [InlineData(409)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_retryable_status_is_retried_and_the_body_is_resent_intact(int status)
    {
        var handler = new FaultInjectingHandler(Respond.With((HttpStatusCode)status, Respond.Error), Respond.With(HttpStatusCode.OK));
        var request = new CreateThreadRequest
        {
            Messages = [new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "héllo \"world\"" }],
            Metadata = new System.Collections.Generic.Dictionary<string, string> { ["k"] = "v" },
        };

        ThreadObject thread = await Client(handler).CreateThreadAsync(request, Cancel);

        Assert.Equal("thread_abc", thread.Id);
        var sent = handler.Requests.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.NotNull(sent[0].Body);
        Assert.Equal(sent[0].Body, sent[1].Body);
        Assert.Equal(sent[0].Uri, sent[1].Uri);
        Assert.Equal("Bearer sk-secret", sent[1].Headers["Authorization"]);
        Assert.Equal("assistants=v2", sent[1].Headers["OpenAI-Beta"]);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(422)]
    public async Task A_client_error_is_not_retried(int status)
    {
        var handler = new FaultInjectingHandler(Respond.With((HttpStatusCode)status, Respond.Error));

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => Client(handler).GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count_and_the_last_answer_is_thrown()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.ServiceUnavailable, Respond.Error));

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => Client(handler, maxRetries: 3).GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(4, handler.Calls);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("slow down", error.ServerMessage);
        Assert.Equal("req_503", error.RequestId);
    }

    [Fact]
    public async Task Zero_retries_sends_once()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.InternalServerError, Respond.Error));

        await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => Client(handler, maxRetries: 0).GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task The_default_is_two_retries()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.BadGateway, Respond.Error));
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { InitialRetryDelay = TimeSpan.FromMilliseconds(1) });

        await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(2, new ThreadsClientOptions().MaxRetries);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task A_connection_failure_is_retried()
    {
        var handler = new FaultInjectingHandler(Respond.ConnectionFailure(), Respond.ConnectionFailure(), Respond.With(HttpStatusCode.OK));

        ThreadObject thread = await Client(handler).GetThreadAsync("thread_abc", Cancel);

        Assert.Equal("thread_abc", thread.Id);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task A_connection_failure_on_the_last_attempt_surfaces_as_HttpRequestException()
    {
        var handler = new FaultInjectingHandler(Respond.ConnectionFailure());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Client(handler, maxRetries: 1).GetThreadAsync("thread_abc", Cancel));

        Assert.Contains("fault injected", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, handler.Calls);
    }

    // The backoff here would be 10 s; a retry that comes sooner proves the server's hint was used.
    [Theory]
    [InlineData("retry-after-ms", "200", 0.15)]
    [InlineData("Retry-After", "1", 0.9)]
    public async Task The_server_s_retry_hint_replaces_the_backoff(string header, string value, double atLeastSeconds)
    {
        var handler = new FaultInjectingHandler(
            Respond.With(HttpStatusCode.TooManyRequests, Respond.Error, r => r.Headers.TryAddWithoutValidation(header, value)),
            Respond.With(HttpStatusCode.OK));

        await Client(handler, initialDelaySeconds: 10).GetThreadAsync("thread_abc", Cancel);

        var sent = handler.Requests.ToArray();
        TimeSpan gap = sent[1].At - sent[0].At;
        Assert.InRange(gap.TotalSeconds, atLeastSeconds, 5);
    }

    [Fact]
    public async Task An_absurd_retry_hint_is_ignored_in_favour_of_the_backoff()
    {
        var handler = new FaultInjectingHandler(
            Respond.With(HttpStatusCode.TooManyRequests, Respond.Error, r => r.Headers.TryAddWithoutValidation("retry-after-ms", "86400000")),
            Respond.With(HttpStatusCode.OK));

        await Client(handler, initialDelaySeconds: 0.01).GetThreadAsync("thread_abc", Cancel);

        var sent = handler.Requests.ToArray();
        Assert.InRange((sent[1].At - sent[0].At).TotalSeconds, 0, 5);
    }

    [Fact]
    public async Task The_backoff_doubles_between_attempts()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.ServiceUnavailable, Respond.Error), Respond.With(HttpStatusCode.ServiceUnavailable, Respond.Error), Respond.With(HttpStatusCode.OK));

        await Client(handler, initialDelaySeconds: 0.2).GetThreadAsync("thread_abc", Cancel);

        var sent = handler.Requests.ToArray();
        double first = (sent[1].At - sent[0].At).TotalSeconds;
        double second = (sent[2].At - sent[1].At).TotalSeconds;

        // 0.2 s then 0.4 s, each less up to a quarter of jitter.
        Assert.InRange(first, 0.15 - 0.01, 2);
        Assert.InRange(second, 0.3 - 0.01, 4);
    }

    [Fact]
    public void Options_refuse_values_that_cannot_work()
    {
        var options = new ThreadsClientOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxRetries = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Timeout = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.InitialRetryDelay = TimeSpan.FromSeconds(-1));
        options.Timeout = Timeout.InfiniteTimeSpan;
        Assert.Equal(Timeout.InfiniteTimeSpan, options.Timeout);
    }
}
