using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>What goes on the wire: headers, path encoding, and a key that never leaks into text.</summary>
public sealed class RequestTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_request_carries_the_user_agent_accept_and_key()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK));
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { ApiKey = "sk-secret" });

        await client.GetThreadAsync("thread_abc", Cancel);

        var sent = handler.Requests.Single();
        Assert.Equal(ThreadsClientOptions.DefaultUserAgent, sent.Headers["User-Agent"]);
        Assert.StartsWith("ThreadsClient/", ThreadsClientOptions.DefaultUserAgent, StringComparison.Ordinal);
        Assert.Equal("application/json", sent.Headers["Accept"]);
        Assert.Equal("Bearer sk-secret", sent.Headers["Authorization"]);
        Assert.Equal(new Uri("https://api.openai.com/v1/threads/thread_abc"), sent.Uri);
    }

    [Fact]
    public async Task User_agent_and_default_headers_are_configurable()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK));
        var options = new ThreadsClientOptions { UserAgent = "my-app/1.0" };
        options.DefaultHeaders["OpenAI-Organization"] = "org_1";
        var client = new ThreadsClient(new HttpClient(handler), options);

        await client.GetThreadAsync("thread_abc", Cancel);

        var sent = handler.Requests.Single();
        Assert.Equal("my-app/1.0", sent.Headers["User-Agent"]);
        Assert.Equal("org_1", sent.Headers["OpenAI-Organization"]);
    }

    [Theory]
    [InlineData("../files", "threads/..%2Ffiles")]
    [InlineData("a?b#c", "threads/a%3Fb%23c")]
    [InlineData("a/b", "threads/a%2Fb")]
    [InlineData("100%", "threads/100%25")]
    public async Task A_path_parameter_cannot_change_the_request_path(string id, string expectedPath)
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK));
        var client = new ThreadsClient(new HttpClient(handler));

        await client.GetThreadAsync(id, Cancel);

        Uri sent = handler.Requests.Single().Uri;
        Assert.Equal("/v1/" + expectedPath, sent.AbsolutePath);
        Assert.Equal(string.Empty, sent.Query);
        Assert.Equal(string.Empty, sent.Fragment);
    }

    [Fact]
    public async Task A_line_break_in_a_header_value_is_refused_before_sending()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK));
        var options = new ThreadsClientOptions();
        options.DefaultHeaders["X-Trace"] = "a\r\nX-Injected: 1";
        var client = new ThreadsClient(new HttpClient(handler), options);

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task The_api_key_appears_in_no_message_or_ToString()
    {
        const string Key = "sk-very-secret-key";
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.Unauthorized, Respond.Error));
        var options = new ThreadsClientOptions { ApiKey = Key };
        var client = new ThreadsClient(new HttpClient(handler), options);

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.GetThreadAsync("thread_abc", Cancel));

        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, string.Join(";", error.Headers.SelectMany(h => h.Value)), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey = (set)", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_works_through_its_interface()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK));
        IThreadsClient client = new ThreadsClient(new HttpClient(handler));

        ThreadObject thread = await client.GetThreadAsync("thread_abc", Cancel);

        Assert.Equal("thread_abc", thread.Id);
    }
}
