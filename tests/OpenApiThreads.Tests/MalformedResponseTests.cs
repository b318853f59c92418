using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>
/// A success status with a body that is not the documented JSON. No server here sends that on purpose, so a
/// handler answers with canned bytes; the client code under test is the generated one, unchanged.
/// </summary>
public sealed class MalformedResponseTests
{
    [Theory]
    [InlineData("{not json", "is not a valid ThreadObject")]
    [InlineData("""{"object":"thread","created_at":1,"metadata":{}}""", "'id'")]
    [InlineData("""{"id":"thread_1","object":"thread","created_at":"yesterday","metadata":{}}""", "$.created_at")]
    [InlineData("null", "JSON null where a ThreadObject was expected")]
    public async Task A_bad_success_body_is_a_typed_exception_that_says_what_was_wrong(string body, string expected)
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var client = new ThreadsClient(http, new ThreadsClientOptions { ApiKey = "k" });

        var error = await Assert.ThrowsAsync<ThreadsApiException>(() => client.GetThreadAsync("thread_1", TestContext.Current.CancellationToken));

        Assert.Equal(200, error.StatusCode);
        Assert.True(error.IsMalformedResponse);
        Assert.Contains(expected, error.Message, System.StringComparison.Ordinal);
        Assert.Equal(body, error.ResponseBody);
    }

    [Fact]
    public async Task An_error_body_that_is_not_json_still_reaches_the_caller()
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.BadGateway, "<html>bad gateway</html>"));
        var client = new ThreadsClient(http, new ThreadsClientOptions { ApiKey = "k", MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<ThreadsApiException>(() => client.GetThreadAsync("thread_1", TestContext.Current.CancellationToken));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.ErrorBody);
        Assert.Equal("<html>bad gateway</html>", error.ResponseBody);
    }

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
