using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>Hostile retry hints: none crashes the call or stretches the wait past the cap.</summary>
public sealed class RetryAfterChaosTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("retry-after-ms", "NaN")]
    [InlineData("retry-after-ms", "Infinity")]
    [InlineData("retry-after-ms", "-Infinity")]
    [InlineData("retry-after-ms", "1e300")]
    [InlineData("retry-after-ms", "-5")]
    [InlineData("retry-after-ms", "0x10")]
    [InlineData("Retry-After", "99999999999999999999")]
    [InlineData("Retry-After", "-1")]
    [InlineData("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT")]
    [InlineData("Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT")]
    [InlineData("Retry-After", "soon")]
    public async Task A_hostile_retry_hint_neither_crashes_nor_outwaits_the_cap(string header, string value)
    {
        await using var server = new ChaosServer(exchange => exchange.Index == 0
            ? exchange.RespondAsync(429, Chaos.Error, extraHeaders: header + ": " + value + "\r\n")
            : exchange.RespondAsync(200, Chaos.Thread));
        var clock = Stopwatch.StartNew();

        ThreadObject thread = await Chaos.ResultOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        Assert.Equal("thread_abc", thread.Id);
        Assert.Equal(2, server.Requests);

        // The cap in Chaos.Client is 200 ms; a second covers scheduling on a busy machine.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 1.5);
    }
}
