using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Templates;
using Xunit;

namespace OpenApiThreads.Templates.Tests;

/// <summary>SendAsync: which answers are retried, how long it waits, and how timeouts and cancellation surface.</summary>
public sealed class SendingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", 408, false, true)]
    [InlineData("GET", 409, false, false)]
    [InlineData("GET", 429, false, true)]
    [InlineData("GET", 500, false, true)]
    [InlineData("GET", 501, false, false)]
    [InlineData("GET", 503, false, true)]
    [InlineData("GET", 505, false, false)]
    [InlineData("PUT", 502, false, true)]
    [InlineData("DELETE", 504, false, true)]
    [InlineData("GET", 200, false, false)]
    [InlineData("GET", 400, false, false)]
    [InlineData("GET", 404, false, false)]
    [InlineData("POST", 429, false, true)]
    [InlineData("POST", 503, true, true)]
    [InlineData("POST", 503, false, false)]
    [InlineData("POST", 500, false, false)]
    [InlineData("POST", 408, false, false)]
    [InlineData("PATCH", 502, false, false)]
    public void Only_transient_statuses_are_retried_and_POST_only_when_not_processed(string method, int status, bool retryHint, bool retried)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://api.example.test/v1/x");
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        if (retryHint)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", "1");
        }

        Assert.Equal(retried, ApiClientTemplate.TestShouldRetry(request, response));
    }

    [Fact]
    public void An_idempotency_key_makes_a_POST_retryable_like_a_GET()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.test/v1/x");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "k1");
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.True(ApiClientTemplate.TestShouldRetry(request, response));
        Assert.True(ApiClientTemplate.TestShouldRetry(request, new TimeoutException()));
    }

    [Theory]
    [InlineData("GET", HttpRequestError.ConnectionError, true)]
    [InlineData("POST", HttpRequestError.ConnectionError, true)]
    [InlineData("POST", HttpRequestError.NameResolutionError, true)]
    [InlineData("GET", HttpRequestError.ResponseEnded, true)]
    [InlineData("POST", HttpRequestError.ResponseEnded, false)]
    [InlineData("GET", HttpRequestError.InvalidResponse, false)]
    [InlineData("GET", HttpRequestError.ConfigurationLimitExceeded, false)]
    [InlineData("GET", HttpRequestError.SecureConnectionError, false)]
    public void Only_transient_failures_are_retried(string method, HttpRequestError kind, bool retried)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://api.example.test/v1/x");

        Assert.Equal(retried, ApiClientTemplate.TestShouldRetry(request, new HttpRequestException(kind, "x")));
    }

    [Theory]
    [InlineData("https://api.example.test/v1/moved", true)]
    [InlineData("/v1/moved", true)]
    [InlineData("https://api.example.test:443/v1/moved", true)]
    [InlineData("https://api.example.test:8443/v1/moved", false)]
    [InlineData("http://api.example.test/v1/moved", false)]
    [InlineData("https://evil.example.test/v1/moved", false)]
    public void Only_a_same_origin_redirect_is_followed(string location, bool followed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.test/v1/x");
        using var response = new HttpResponseMessage(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);

        Assert.Equal(followed, ApiClientTemplate.TestSameOriginRedirect(request, response) is not null);
    }

    [Fact]
    public async Task A_server_error_is_retried_with_the_same_headers_and_body()
    {
        var (client, handler, options) = TestClient.Create();
        handler.Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK, "{}");
        HttpRequestMessage request = client.TestCreateRequest(HttpMethod.Post, "threads", accept: "application/json");
        ApiClientTemplate.TestSetAuthorization(request, "Bearer", "k");

        // A POST is retried after a 5xx only with an idempotency key (the server may have acted on it otherwise).
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "key-1");
        request.Content = ApiClientTemplate.TestJsonContent(new TestItem("a"), TestJsonContext.Default.TestItem);

        using HttpResponseMessage response = await client.TestSendAsync(request, streaming: false, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Sent.Count);
        Assert.NotSame(handler.Sent[0].Request, handler.Sent[1].Request);
        Assert.Equal("{\"name\":\"a\"}", handler.Sent[1].Body);
        Assert.Equal("Bearer k", handler.Sent[1].Request.Headers.Authorization?.ToString());
        Assert.Equal("key-1", System.Linq.Enumerable.Single(handler.Sent[1].Request.Headers.GetValues("Idempotency-Key")));
        Assert.Equal(HttpMethod.Post, handler.Sent[1].Request.Method);
        Assert.Equal(handler.Sent[0].Request.RequestUri, handler.Sent[1].Request.RequestUri);
    }

    [Fact]
    public async Task The_last_answer_is_returned_when_the_retries_run_out()
    {
        var (client, handler, options) = TestClient.Create();
        options.MaxRetries = 2;
        handler.Then(HttpStatusCode.TooManyRequests).Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.ServiceUnavailable, "last");

        using HttpResponseMessage response = await client.TestSendAsync(client.TestCreateRequest(HttpMethod.Get, "threads", null), streaming: false, Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("last", await response.Content.ReadAsStringAsync(Token));
        Assert.Equal(3, handler.Sent.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 2)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 0)]
    public async Task A_client_error_or_no_retries_left_is_sent_once(HttpStatusCode status, int maxRetries)
    {
        var (client, handler, options) = TestClient.Create();
        options.MaxRetries = maxRetries;
        handler.Then(status);

        using HttpResponseMessage response = await client.TestSendAsync(client.TestCreateRequest(HttpMethod.Get, "threads", null), streaming: false, Token);

        Assert.Equal(status, response.StatusCode);
        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task A_failed_connection_is_retried_and_the_last_failure_thrown()
    {
        var (client, handler, options) = TestClient.Create();
        options.MaxRetries = 1;
        handler.Then((_, _) => throw new HttpRequestException("refused")).Then(HttpStatusCode.OK);
        using (HttpResponseMessage response = await client.TestSendAsync(client.TestCreateRequest(HttpMethod.Get, "threads", null), streaming: false, Token))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        handler.Then((_, _) => throw new HttpRequestException("refused")).Then((_, _) => throw new HttpRequestException("refused again"));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.TestSendAsync(client.TestCreateRequest(HttpMethod.Get, "threads", null), streaming: false, Token));
        Assert.Equal("refused again", error.Message);
        Assert.Equal(4, handler.Sent.Count);
    }

    [Fact]
    public async Task Attempts_that_time_out_are_retried_then_reported_as_a_timeout()
    {
        var (client, handler, options) = TestClient.Create();
        options.MaxRetries = 1;
        options.Timeout = TimeSpan.FromMilliseconds(50);
        handler.Then(Hang).Then(Hang);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.TestSendAsync(client.TestCreateRequest(HttpMethod.Get, "threads", null), streaming: false, Token));

        Assert.Equal(2, handler.Sent.Count);
        Assert.Contains("testOperation got no response within 00:00:00.0500000 on any of 2 attempts.", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task The_http_clients_own_timeout_is_named_when_it_is_the_shorter()
    {
        var (client, handler, options) = TestClient.Create(httpClientTimeout: TimeSpan.FromMilliseconds(50));
        options.MaxRetries = 0;
        handler.Then(Hang);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.TestSendAsync(client.TestCreateRequest(HttpMethod.Get, "threads", null), streaming: false, Token));

        Assert.Contains("(the HttpClient's timeout).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried_and_carries_the_callers_token()
    {
        var (client, handler, options) = TestClient.Create();
        options.Timeout = TimeSpan.FromSeconds(30);
        handler.Then(Hang);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Token);
        caller.CancelAfter(TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.TestSendAsync(client.TestCreateRequest(HttpMethod.Get, "threads", null), streaming: false, caller.Token));

        Assert.Equal(caller.Token, error.CancellationToken);
        Assert.Single(handler.Sent);
    }

    [Fact]
    public void The_servers_retry_delay_is_honoured_when_sane()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "250")));
        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfter(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3))));
        Assert.Equal(TimeSpan.FromMilliseconds(1.5), RetryAfter(r =>
        {
            r.Headers.TryAddWithoutValidation("retry-after-ms", "1.5");
            r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
        }));
        Assert.InRange(RetryAfter(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(30)))!.Value, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30));

        Assert.Null(RetryAfter(_ => { }));
        Assert.Null(RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "0")));
        Assert.Null(RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "-5")));
        Assert.Null(RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "soon")));
        Assert.Null(RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "NaN")));
        Assert.Null(RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "-Infinity")));
        Assert.Null(RetryAfter(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(-30))));
    }

    [Fact]
    public void A_server_delay_past_the_cap_is_clamped_to_it_never_overflowing()
    {
        TimeSpan cap = TimeSpan.FromMinutes(1);
        Assert.Equal(cap, RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "Infinity")));
        Assert.Equal(cap, RetryAfter(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "1e300")));
        Assert.Equal(cap, RetryAfter(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(5))));
        Assert.Equal(cap, RetryAfter(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.MaxValue)));
    }

    [Fact]
    public void Backoff_doubles_from_the_initial_delay_up_to_the_cap_less_a_quarter_of_jitter()
    {
        var (client, _, options) = TestClient.Create();
        options.InitialRetryDelay = TimeSpan.FromSeconds(1);
        options.MaxRetryDelay = TimeSpan.FromSeconds(8);

        for (int i = 0; i < 50; i++)
        {
            Assert.InRange(client.TestBackoff(0).TotalSeconds, 0.75, 1);
            Assert.InRange(client.TestBackoff(2).TotalSeconds, 3, 4);
            Assert.InRange(client.TestBackoff(10).TotalSeconds, 6, 8);
        }
    }

    [Fact]
    public void A_resent_request_copies_method_uri_version_headers_and_content()
    {
        using var content = new StringContent("body");
        using var sent = new HttpRequestMessage(HttpMethod.Put, "https://api.example.test/v1/x") { Content = content, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        sent.Headers.TryAddWithoutValidation("X-Custom", ["a", "b"]);

        using HttpRequestMessage copy = ApiClientTemplate.TestResend(sent);

        Assert.Equal(HttpMethod.Put, copy.Method);
        Assert.Equal(sent.RequestUri, copy.RequestUri);
        Assert.Equal(HttpVersion.Version20, copy.Version);
        Assert.Equal(HttpVersionPolicy.RequestVersionExact, copy.VersionPolicy);
        Assert.Equal(["a", "b"], copy.Headers.GetValues("X-Custom"));
        Assert.Same(content, copy.Content);
    }

    private static TimeSpan? RetryAfter(Action<HttpResponseMessage> configure)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        configure(response);
        var (client, _, options) = TestClient.Create();
        options.MaxRetryDelay = TimeSpan.FromMinutes(1);
        return client.TestRetryAfter(response);
    }

    /// <summary>A server that never answers: the attempt ends only when its token is cancelled.</summary>
    private static async Task<HttpResponseMessage> Hang(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
