using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>Connections that close, end early or speak broken HTTP: typed failures, retried only when that can help.</summary>
public sealed class ConnectionChaosTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// SocketsHttpHandler itself tries a request again on a fresh connection when one closes before answering, a few
    /// times, whatever MaxRetries says. So the test compares: a GET makes three times the connections a POST does.
    /// </summary>
    [Fact]
    public async Task A_connection_closed_on_accept_is_retried_for_a_GET_but_not_for_a_POST_without_an_idempotency_key()
    {
        await using var postServer = new ChaosServer(_ => Task.CompletedTask, closeOnAccept: true);
        await using var getServer = new ChaosServer(_ => Task.CompletedTask, closeOnAccept: true);

        Exception postFailure = await Chaos.FailureOf(() => Chaos.Client(postServer).CreateThreadAsync(cancellationToken: Cancel));
        Exception getFailure = await Chaos.FailureOf(() => Chaos.Client(getServer).GetThreadAsync("thread_abc", Cancel));

        Chaos.AssertConnectionFailure(postFailure, HttpRequestError.ResponseEnded, HttpRequestError.ConnectionError);
        Chaos.AssertConnectionFailure(getFailure, HttpRequestError.ResponseEnded, HttpRequestError.ConnectionError);
        Assert.InRange(postServer.Connections, 1, 4);
        Assert.Equal(3 * postServer.Connections, getServer.Connections);
        Assert.Equal(0, postServer.Requests + getServer.Requests);
    }

    [Fact]
    public async Task A_truncated_body_is_retried_for_a_GET_and_ends_as_HttpRequestException()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":\"thr");
            exchange.Close();
        });

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        Chaos.AssertConnectionFailure(failure, HttpRequestError.ResponseEnded);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task An_invalid_status_line_is_a_protocol_error_and_not_retried()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 two hundred OK\r\nContent-Length: 0\r\n\r\n");
            exchange.Close();
        });

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        Chaos.AssertConnectionFailure(failure, HttpRequestError.InvalidResponse);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Oversized_headers_are_a_limit_and_not_retried()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nX-Filler: " + new string('x', 200 * 1024) + "\r\nContent-Length: 0\r\n\r\n");
            exchange.Close();
        });

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        Chaos.AssertConnectionFailure(failure, HttpRequestError.ConfigurationLimitExceeded);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Garbage_in_place_of_a_chunk_size_is_a_protocol_error_and_not_retried()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz-not-hex\r\n{}\r\n0\r\n\r\n");
            exchange.Close();
        });

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        Chaos.AssertConnectionFailure(failure, HttpRequestError.InvalidResponse);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Slow_loris_headers_time_out_each_attempt()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\n");
            while (!exchange.Closed)
            {
                await exchange.WriteAsync("X-Drip: 1\r\n");
                await Task.Delay(100, CancellationToken.None);
            }
        });

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server, o => o.MaxRetries = 1).GetThreadAsync("thread_abc", Cancel));

        Assert.IsType<TimeoutException>(failure);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_gzip_body_the_client_did_not_ask_for_is_a_malformed_response()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            byte[] gzip = ChaosExchange.Gzip(Chaos.Thread);
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + gzip.Length + "\r\n\r\n");
            await exchange.WriteAsync(gzip);
        });

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        Assert.True(Assert.IsType<ThreadsApiException>(failure).IsMalformedResponse);
        Assert.Equal(1, server.Requests);
    }
}
