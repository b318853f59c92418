using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>The per-attempt timeout, and the caller's token, each end a call the way a caller can tell apart.</summary>
public sealed class TimeoutTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_attempt_that_outlives_the_timeout_is_retried_then_throws_TimeoutException()
    {
        var handler = new FaultInjectingHandler(Respond.Stall());
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions
        {
            Timeout = TimeSpan.FromMilliseconds(200),
            MaxRetries = 1,
            InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(2, handler.Calls);
        Assert.Contains("getThread got no response within 00:00:00.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 attempts", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task A_timed_out_attempt_followed_by_an_answer_succeeds()
    {
        var handler = new FaultInjectingHandler(Respond.Stall(), Respond.With(HttpStatusCode.OK));
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { Timeout = TimeSpan.FromMilliseconds(200), InitialRetryDelay = TimeSpan.FromMilliseconds(1) });

        ThreadObject thread = await client.GetThreadAsync("thread_abc", Cancel);

        Assert.Equal("thread_abc", thread.Id);
    }

    [Fact]
    public async Task The_callers_token_cancels_without_retrying_and_is_not_a_timeout()
    {
        var handler = new FaultInjectingHandler(Respond.Stall());
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { Timeout = TimeSpan.FromSeconds(30) });
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        caller.CancelAfter(TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetThreadAsync("thread_abc", caller.Token));

        Assert.Equal(caller.Token, error.CancellationToken);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task The_callers_token_also_cancels_the_wait_between_retries()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.ServiceUnavailable, Respond.Error));
        var client = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { InitialRetryDelay = TimeSpan.FromSeconds(30) });
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        caller.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetThreadAsync("thread_abc", caller.Token));

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task HttpClient_Timeout_also_becomes_a_TimeoutException()
    {
        var handler = new FaultInjectingHandler(Respond.Stall());
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new ThreadsClient(http, new ThreadsClientOptions { Timeout = Timeout.InfiniteTimeSpan, MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.GetThreadAsync("thread_abc", Cancel));

        Assert.Contains("getThread got no response within 00:00:00.2000000 (the HttpClient's timeout)", error.Message, StringComparison.Ordinal);
    }
}
