using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

/// <summary>The knobs change the whole emulator, so each test here starts one of its own.</summary>
public sealed class StreamKnobTests : IAsyncLifetime
{
    private ThreadsEmulator _emulator = null!;
    private HttpClient _http = null!;
    private ApiClient _api = null!;

    public async ValueTask InitializeAsync()
    {
        _emulator = await ThreadsEmulator.StartAsync(TestContext.Current.CancellationToken);
        _http = new HttpClient { BaseAddress = _emulator.BaseAddress };
        _api = new ApiClient(_http);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task StreamDeltaCount_And_ReplyText_ShapeTheDeltas()
    {
        _emulator.StreamDeltaCount = 50;
        _emulator.ReplyText = new string('x', 120);
        string threadId = await _api.NewThreadAsync();

        var events = await _api.StreamAsync($"threads/{threadId}/runs", """{"assistant_id":"asst_abc","stream":true}""");

        string[] pieces = events.Where(e => e.Name == "thread.message.delta")
            .Select(e => e.Json.GetProperty("delta").GetProperty("content")[0].GetProperty("text").GetProperty("value").GetString()!)
            .ToArray();
        Assert.Equal(50, pieces.Length);
        Assert.Equal(_emulator.ReplyText, string.Concat(pieces));
        Assert.InRange(pieces.Min(p => p.Length), 2, 3);
        Assert.InRange(pieces.Max(p => p.Length), 2, 3);
        Assert.Equal(50, events[^2].Json.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task ShortReply_WithMoreDeltasThanCharacters_EndsWithEmptyPieces_AndNeverSplitsASurrogatePair()
    {
        _emulator.StreamDeltaCount = 4;
        _emulator.ReplyText = "a😀";
        string threadId = await _api.NewThreadAsync();

        var events = await _api.StreamAsync($"threads/{threadId}/runs", """{"assistant_id":"asst_abc","stream":true}""");

        string[] pieces = events.Where(e => e.Name == "thread.message.delta")
            .Select(e => e.Json.GetProperty("delta").GetProperty("content")[0].GetProperty("text").GetProperty("value").GetString()!)
            .ToArray();
        Assert.Equal(["a", "😀", "", ""], pieces);
    }

    [Fact]
    public async Task StreamEventDelay_SlowsTheStream_SoAClientCanCancelMidway()
    {
        _emulator.StreamEventDelay = TimeSpan.FromMilliseconds(200);
        _emulator.StreamDeltaCount = 50;
        string threadId = await _api.NewThreadAsync();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var watch = Stopwatch.StartNew();
        using (HttpResponseMessage response = await _api.PostForStreamAsync($"threads/{threadId}/runs", """{"assistant_id":"asst_abc","stream":true}""", cancellation.Token))
        {
            await using Stream body = await response.Content.ReadAsStreamAsync(cancellation.Token);
            int seen = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (ServerSentEvent item in ServerSentEvents.ReadAsync(body, cancellation.Token))
                {
                    if (++seen == 2)
                    {
                        cancellation.Cancel();
                    }
                }
            });
            Assert.Equal(2, seen);
        }

        // 2 events arrive after one delay; all 64 would need more than 12 seconds.
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));

        _emulator.StreamEventDelay = TimeSpan.Zero;
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"threads/{threadId}/runs")).Status);
    }

    [Fact]
    public async Task Knobs_RejectValuesThatMakeNoSense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _emulator.StreamEventDelay = TimeSpan.FromMilliseconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _emulator.StreamDeltaCount = 0);
        Assert.Throws<ArgumentException>(() => _emulator.ReplyText = "");
        Assert.Equal(TimeSpan.Zero, _emulator.StreamEventDelay);
        Assert.Equal(4, _emulator.StreamDeltaCount);
        await Task.CompletedTask;
    }
}
