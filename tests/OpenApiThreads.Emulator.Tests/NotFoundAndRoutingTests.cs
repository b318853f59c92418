using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class NotFoundAndRoutingTests(EmulatorFixture fixture)
{
    private readonly ApiClient _api = fixture.Api;

    [Theory]
    [InlineData("threads/a%2Fb", "No thread found with id 'a/b'.")]
    [InlineData("threads/a%252Fb", "No thread found with id 'a%2Fb'.")]
    [InlineData("threads/caf%C3%A9", "No thread found with id 'café'.")]
    [InlineData("threads/a%20b/messages", "No thread found with id 'a b'.")]
    public async Task NotFound_ShowsTheIdAsTyped(string path, string message)
    {
        JsonElementAssert(await _api.GetAsync(path), message);
    }

    [Fact]
    public async Task MissingMessagesRunsAndSteps_Get404NamingWhatIsMissing()
    {
        string threadId = await _api.NewThreadAsync();
        string runId = (await _api.PostAsync($"threads/{threadId}/runs", """{"assistant_id":"asst_abc"}""")).String("id");

        JsonElementAssert(await _api.GetAsync($"threads/{threadId}/messages/msg_a%2Fb"), "No message found with id 'msg_a/b'.");
        JsonElementAssert(await _api.GetAsync($"threads/{threadId}/runs/run_missing"), "No run found with id 'run_missing'.");
        JsonElementAssert(await _api.PostAsync($"threads/{threadId}/runs/run_missing", "{}"), "No run found with id 'run_missing'.");
        JsonElementAssert(await _api.PostAsync($"threads/{threadId}/runs/run_missing/cancel"), "No run found with id 'run_missing'.");
        JsonElementAssert(await _api.PostAsync($"threads/{threadId}/runs/run_missing/submit_tool_outputs", """{"tool_outputs":[]}"""), "No run found with id 'run_missing'.");
        JsonElementAssert(await _api.GetAsync($"threads/{threadId}/runs/run_missing/steps"), "No run found with id 'run_missing'.");
        JsonElementAssert(await _api.GetAsync($"threads/{threadId}/runs/{runId}/steps/step_missing"), "No run step found with id 'step_missing'.");
        JsonElementAssert(await _api.PostAsync("threads/thread_missing/runs", """{"assistant_id":"asst_abc"}"""), "No thread found with id 'thread_missing'.");

        string otherThread = await _api.NewThreadAsync();
        JsonElementAssert(await _api.GetAsync($"threads/{otherThread}/runs/{runId}"), $"No run found with id '{runId}'.");
    }

    [Fact]
    public async Task IncludeParameter_AcceptsOnlyTheFileSearchContentValue()
    {
        string threadId = await _api.NewThreadAsync();
        const string Valid = "include%5B%5D=step_details.tool_calls%5B*%5D.file_search.results%5B*%5D.content";

        ApiResponse run = await _api.PostAsync($"threads/{threadId}/runs?{Valid}", """{"assistant_id":"asst_abc"}""");
        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"threads/{threadId}/runs/{run.String("id")}/steps?{Valid}")).Status);
        (await _api.PostAsync($"threads/{threadId}/runs?include%5B%5D=usage", """{"assistant_id":"asst_abc"}""")).AssertError(HttpStatusCode.BadRequest, "include[]");
        (await _api.GetAsync($"threads/{threadId}/runs/{run.String("id")}/steps?include%5B%5D=x")).AssertError(HttpStatusCode.BadRequest, "include[]");
    }

    [Theory]
    [InlineData("DELETE", "threads/t/messages", new[] { "GET", "POST" })]
    [InlineData("DELETE", "threads/t/runs/r", new[] { "GET", "POST" })]
    [InlineData("GET", "threads/t/runs/r/cancel", new[] { "POST" })]
    [InlineData("GET", "threads/t/runs/r/submit_tool_outputs", new[] { "POST" })]
    [InlineData("POST", "threads/t/runs/r/steps", new[] { "GET" })]
    [InlineData("PUT", "threads/t/messages/m", new[] { "GET", "POST", "DELETE" })]
    public async Task WrongMethod_Gets405WithTheAllowedOnes(string method, string path, string[] allowed)
    {
        ApiResponse response = await _api.SendAsync(new HttpMethod(method), path, method == "GET" ? null : "{}");

        response.AssertError(HttpStatusCode.MethodNotAllowed, param: null);
        Assert.Equal(allowed, response.ContentHeaders.Allow);
    }

    [Theory]
    [InlineData("threads/t/runs/r/steps/s/extra")]
    [InlineData("threads/t/files")]
    [InlineData("threads/t/messages/")]
    public async Task UnknownRoutes_Get404(string path)
    {
        (await _api.GetAsync(path)).AssertError(HttpStatusCode.NotFound, param: null);
    }

    private static void JsonElementAssert(ApiResponse response, string message) =>
        Assert.Equal(message, response.AssertError(HttpStatusCode.NotFound, param: null).GetProperty("message").GetString());
}
