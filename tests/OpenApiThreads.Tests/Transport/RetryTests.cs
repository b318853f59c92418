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

    private static ThreadsClient Client(FaultInjectingHandler handler, int maxRetries = 2, double initialDelaySeconds = 0.01, int maxRetryDelayMs = 8000)
        => new(new HttpClient(handler), new ThreadsClientOptions
        {
            ApiKey = "sk-secret",
            MaxRetries = maxRetries,
            InitialRetryDelay = TimeSpan.FromSeconds(initialDelaySeconds),
            MaxRetryDelay = TimeSpan.FromMilliseconds(maxRetryDelayMs),
        });

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_POST_is_retried_when_the_answer_proves_it_was_not_processed_and_the_body_is_resent_intact(int status)
    {
        var handler = new FaultInjectingHandler(
            Respond.With((HttpStatusCode)status, Respond.Error, r => r.Headers.TryAddWithoutValidation("Retry-After", "1")),
            Respond.With(HttpStatusCode.OK));
        var request = new CreateThreadRequest
        {
            Messages = [new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "héllo \"world\"" }],
            Metadata = new System.Collections.Generic.Dictionary<string, string> { ["k"] = "v" },
        };

        ThreadObject thread = await Client(handler, maxRetryDelayMs: 20).CreateThreadAsync(request, Cancel);

        Assert.Equal("thread_abc", thread.Id);
        var sent = handler.Requests.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.NotNull(sent[0].Body);
        Assert.Equal(sent[0].Body, sent[1].Body);
        Assert.Equal(sent[0].Uri, sent[1].Uri);
        Assert.Equal("Bearer sk-secret", sent[1].Headers["Authorization"]);
        Assert.Equal("assistants=v2", sent[1].Headers["OpenAI-Beta"]);
    }

    /// <summary>
    /// Issue 11's matrix: which answers are retried for methods that are safe to repeat (GET, DELETE) and for one
    /// that is not (POST). 503 here carries no retry hint; with one, a POST is retried too (above).
    /// </summary>
    [Theory]
    [InlineData("GET", 408, 3)]
    [InlineData("GET", 409, 1)]
    [InlineData("GET", 429, 3)]
    [InlineData("GET", 500, 3)]
    [InlineData("GET", 501, 1)]
    [InlineData("GET", 502, 3)]
    [InlineData("GET", 503, 3)]
    [InlineData("GET", 504, 3)]
    [InlineData("DELETE", 500, 3)]
    [InlineData("DELETE", 429, 3)]
    [InlineData("POST", 408, 1)]
    [InlineData("POST", 409, 1)]
    [InlineData("POST", 429, 3)]
    [InlineData("POST", 500, 1)]
    [InlineData("POST", 502, 1)]
    [InlineData("POST", 503, 1)]
    [InlineData("POST", 504, 1)]
    public async Task Retries_by_method_and_status(string method, int status, int expectedCalls)
    {
        var handler = new FaultInjectingHandler(Respond.With((HttpStatusCode)status, Respond.Error));
        ThreadsClient client = Client(handler);

        Task call = method switch
        {
            "GET" => client.GetThreadAsync("thread_abc", Cancel),
            "DELETE" => client.DeleteThreadAsync("thread_abc", Cancel),
            _ => client.CreateThreadAsync(cancellationToken: Cancel),
        };
        var error = await Assert.ThrowsAnyAsync<ThreadsApiException>(() => call);

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(expectedCalls, handler.Calls);
        Assert.All(handler.Requests, r => Assert.Equal(method, r.Method.Method));
    }

    [Fact]
    public async Task A_POST_whose_connection_drops_is_not_retried_but_one_never_connected_is()
    {
        var dropped = new FaultInjectingHandler(Respond.Failure(HttpRequestError.ResponseEnded));
        var refused = new FaultInjectingHandler(Respond.Failure(HttpRequestError.ConnectionError), Respond.With(HttpStatusCode.OK));

        await Assert.ThrowsAsync<HttpRequestException>(() => Client(dropped).CreateThreadAsync(cancellationToken: Cancel));
        await Client(refused).CreateThreadAsync(cancellationToken: Cancel);

        Assert.Equal(1, dropped.Calls);
        Assert.Equal(2, refused.Calls);
    }

    [Theory]
    [InlineData(HttpRequestError.InvalidResponse)]
    [InlineData(HttpRequestError.ConfigurationLimitExceeded)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    [InlineData(HttpRequestError.HttpProtocolError)]
    public async Task A_failure_that_would_recur_is_not_retried_even_for_a_GET(HttpRequestError kind)
    {
        var handler = new FaultInjectingHandler(Respond.Failure(kind));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Client(handler).GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(kind, error.HttpRequestError);
        Assert.Equal(1, handler.Calls);
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
    public async Task An_absurd_retry_hint_is_clamped_to_MaxRetryDelay()
    {
        var handler = new FaultInjectingHandler(
            Respond.With(HttpStatusCode.TooManyRequests, Respond.Error, r => r.Headers.TryAddWithoutValidation("retry-after-ms", "86400000")),
            Respond.With(HttpStatusCode.OK));

        await Client(handler, initialDelaySeconds: 0.01, maxRetryDelayMs: 300).GetThreadAsync("thread_abc", Cancel);

        var sent = handler.Requests.ToArray();
        Assert.InRange((sent[1].At - sent[0].At).TotalSeconds, 0.25, 3);
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
