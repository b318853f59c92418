using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>Event streams that stall, break or never end a line: every one ends, with a typed failure.</summary>
public sealed class StreamChaosTests
{
    private const string EventHeaders = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    private static readonly CreateRunRequest RunRequest = new() { AssistantId = "asst_1" };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Chunk(string text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        return length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n" + text + "\r\n";
    }

    private static string RunCreated => Chunk("event: thread.run.created\ndata: " + Streaming.SseResponses.Run + "\n\n");

    /// <summary>Reads the stream to its end (or failure) and returns how many events arrived.</summary>
    private static async Task<int> Drain(IAsyncEnumerable<AssistantStreamEvent> events, List<int> count)
    {
        await foreach (AssistantStreamEvent _ in events)
        {
            count[0]++;
        }

        return count[0];
    }

    [Fact]
    public async Task A_stream_that_stalls_after_its_headers_ends_after_the_idle_timeout()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync(EventHeaders);
            await exchange.StallAsync();
        });
        var count = new List<int> { 0 };

        Exception failure = await Chaos.FailureOf(() => Drain(Chaos.Client(server).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel), count));

        Assert.IsType<TimeoutException>(failure);
        Assert.Equal(0, count[0]);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_stream_that_stalls_mid_way_ends_after_the_idle_timeout_with_the_events_before_it()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync(EventHeaders + RunCreated);
            await exchange.StallAsync();
        });
        var count = new List<int> { 0 };

        Exception failure = await Chaos.FailureOf(() => Drain(Chaos.Client(server).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel), count));

        Assert.IsType<TimeoutException>(failure);
        Assert.Equal(1, count[0]);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task An_error_body_that_stalls_is_read_within_the_timeout()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 500 Oops\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"error\":");
            await exchange.StallAsync();
        });
        var count = new List<int> { 0 };

        Exception failure = await Chaos.FailureOf(() => Drain(Chaos.Client(server).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel), count));

        Assert.IsType<TimeoutException>(failure);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_an_HttpRequestException_not_a_raw_IOException()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync(EventHeaders + RunCreated);
            exchange.Close();
        });
        var count = new List<int> { 0 };

        Exception failure = await Chaos.FailureOf(() => Drain(Chaos.Client(server).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel), count));

        Chaos.AssertConnectionFailure(failure, HttpRequestError.ResponseEnded);
        Assert.Equal(1, count[0]);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task An_event_line_with_no_end_is_refused_past_the_line_limit_not_buffered()
    {
        await using var server = new ChaosServer(async exchange =>
        {
            await exchange.WriteAsync(EventHeaders + Chunk("event: thread.run.created\ndata: "));
            string filler = Chunk(new string('a', 1024 * 1024));
            for (int i = 0; i < 64 && !exchange.Closed; i++)
            {
                await exchange.WriteAsync(filler);
            }

            await exchange.StallAsync();
        });
        var count = new List<int> { 0 };

        Exception failure = await Chaos.FailureOf(() => Drain(Chaos.Client(server).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel), count));

        Chaos.AssertConnectionFailure(failure, HttpRequestError.ConfigurationLimitExceeded);
        Assert.Equal(1, server.Requests);
    }
}
