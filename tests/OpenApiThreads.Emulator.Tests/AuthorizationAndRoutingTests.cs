using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class AuthorizationAndRoutingTests(EmulatorFixture fixture)
{
    private readonly ApiClient _api = fixture.Api;

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData(ApiClient.ApiKey)]
    public async Task RequestWithoutBearerToken_Gets401(string? authorization)
    {
        ApiResponse response = await _api.SendAsync(HttpMethod.Post, "threads", "{}", authorization);

        Assert.Equal("invalid_api_key", response.AssertError(HttpStatusCode.Unauthorized, param: null).GetProperty("code").GetString());
        Assert.DoesNotContain(ApiClient.ApiKey, response.Body);
        Assert.DoesNotContain("dXNlcjpwYXNz", response.Body);
        Assert.NotEmpty(response.Headers.GetValues("x-request-id"));
    }

    [Fact]
    public async Task UnknownRoute_Gets404_AndWrongMethod_Gets405()
    {
        (await _api.GetAsync("assistants")).AssertError(HttpStatusCode.NotFound, param: null);
        (await _api.GetAsync("threads/thread_x/messages")).AssertError(HttpStatusCode.NotFound, param: null);

        ApiResponse listThreads = await _api.GetAsync("threads");
        listThreads.AssertError(HttpStatusCode.MethodNotAllowed, param: null);
        Assert.Equal("application/json", listThreads.ContentHeaders.ContentType?.MediaType);
        Assert.Contains("POST", listThreads.ContentHeaders.Allow);

        ApiResponse put = await _api.SendAsync(HttpMethod.Put, "threads/thread_x", "{}");
        put.AssertError(HttpStatusCode.MethodNotAllowed, param: null);
        Assert.Equal(new[] { "GET", "POST", "DELETE" }, put.ContentHeaders.Allow);
    }
}
