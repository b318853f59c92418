using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>Bodies too large to keep: refused once, never downloaded again; an error body is kept only in part.</summary>
public sealed class SizeChaosTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A JSON string of <paramref name="megabytes"/> MB, sent a megabyte at a time until the client hangs up.</summary>
    private static Func<ChaosExchange, Task> Huge(int megabytes, int status = 200, bool announceLength = true) => async exchange =>
    {
        long length = (megabytes * 1024L * 1024L) + 2;
        await exchange.WriteAsync("HTTP/1.1 " + status + " Big\r\nContent-Type: application/json\r\n"
            + (announceLength ? "Content-Length: " + length : "Connection: close") + "\r\n\r\n\"");
        byte[] megabyte = System.Text.Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
        for (int i = 0; i < megabytes && !exchange.Closed; i++)
        {
            await exchange.WriteAsync(megabyte);
        }

        await exchange.WriteAsync("\"");
        exchange.Close();
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_HttpClient_buffer_limit_is_refused_once_not_downloaded_again(bool announceLength)
    {
        await using var server = new ChaosServer(Huge(8, announceLength: announceLength));
        var client = new ThreadsClient(new HttpClient { MaxResponseContentBufferSize = 1024 * 1024 }, new ThreadsClientOptions
        {
            BaseAddress = server.BaseAddress,
            ApiKey = Chaos.ApiKey,
            Timeout = TimeSpan.FromSeconds(5),
            InitialRetryDelay = TimeSpan.FromMilliseconds(10),
        });

        Exception failure = await Chaos.FailureOf(() => client.GetThreadAsync("thread_abc", Cancel));

        Chaos.AssertConnectionFailure(failure, HttpRequestError.ConfigurationLimitExceeded);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_huge_error_body_is_cut_to_64_KB_in_the_exception()
    {
        await using var server = new ChaosServer(Huge(4, status: 400));

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        var error = Assert.IsType<ThreadsApiException>(failure);
        Assert.Equal(400, error.StatusCode);
        Assert.InRange(error.ResponseBody!.Length, 1, 80 * 1024);
        Assert.Equal(1, server.Requests);
    }
}
