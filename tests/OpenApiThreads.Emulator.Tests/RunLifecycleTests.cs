using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class RunLifecycleTests(EmulatorFixture fixture)
{
    private const string FunctionTool = """{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"}}}""";
    private readonly ApiClient _api = fixture.Api;

    private async Task<(string ThreadId, string RunId)> StartRunAsync(string extra = "")
    {
        string threadId = await _api.NewThreadAsync("""{"messages":[{"role":"user","content":"Hi"}]}""");
        ApiResponse run = await _api.PostAsync($"threads/{threadId}/runs", $$"""{"assistant_id":"asst_abc"{{extra}}}""");
        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Equal("queued", run.String("status"));
        return (threadId, run.String("id"));
    }

    private async Task<ApiResponse> RetrieveAsync(string threadId, string runId, string expectedStatus)
    {
        ApiResponse run = await _api.GetAsync($"threads/{threadId}/runs/{runId}");
        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Equal(expectedStatus, run.String("status"));
        return run;
    }

    [Fact]
    public async Task EachRetrieve_AdvancesTheRunOneState_AndCompletionAddsTheReply()
    {
        (string threadId, string runId) = await StartRunAsync(""","metadata":{"job":"1"}""");

        ApiResponse started = await RetrieveAsync(threadId, runId, "in_progress");
        Assert.Equal(JsonValueKind.Number, started.Json.GetProperty("started_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, started.Json.GetProperty("completed_at").ValueKind);

        ApiResponse completed = await RetrieveAsync(threadId, runId, "completed");
        Assert.Equal(JsonValueKind.Number, completed.Json.GetProperty("completed_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, completed.Json.GetProperty("expires_at").ValueKind);
        Assert.Equal("""{"prompt_tokens":20,"completion_tokens":4,"total_tokens":24}""", completed.Json.GetProperty("usage").GetRawText());
        Assert.Equal("""{"job":"1"}""", completed.Json.GetProperty("metadata").GetRawText());
        Assert.Equal(completed.Body, (await RetrieveAsync(threadId, runId, "completed")).Body);

        ApiResponse messages = await _api.GetAsync($"threads/{threadId}/messages");
        JsonElement reply = messages.Json.GetProperty("data")[0];
        Assert.Equal("assistant", reply.GetProperty("role").GetString());
        Assert.Equal(runId, reply.GetProperty("run_id").GetString());
        Assert.Equal("asst_abc", reply.GetProperty("assistant_id").GetString());
        Assert.Equal("completed", reply.GetProperty("status").GetString());
        Assert.Equal(
            "Hello! This is the OpenApiThreads emulator answering your message.",
            reply.GetProperty("content")[0].GetProperty("text").GetProperty("value").GetString());
        Assert.Equal(["Hi"], MessageTests.Texts(await _api.GetAsync($"threads/{threadId}/messages?order=asc&limit=1")));
        ApiResponse byRun = await _api.GetAsync($"threads/{threadId}/messages?run_id={runId}");
        Assert.Equal(reply.GetProperty("id").GetString(), Assert.Single(byRun.Json.GetProperty("data").EnumerateArray()).GetProperty("id").GetString());

        ApiResponse steps = await _api.GetAsync($"threads/{threadId}/runs/{runId}/steps");
        JsonElement step = Assert.Single(steps.Json.GetProperty("data").EnumerateArray());
        Assert.Equal("message_creation", step.GetProperty("type").GetString());
        Assert.Equal("completed", step.GetProperty("status").GetString());
        Assert.Equal(reply.GetProperty("id").GetString(), step.GetProperty("step_details").GetProperty("message_creation").GetProperty("message_id").GetString());
        string stepId = step.GetProperty("id").GetString()!;
        Assert.Matches("^step_[A-Za-z0-9]{24}$", stepId);
        Assert.Equal(step.GetRawText(), (await _api.GetAsync($"threads/{threadId}/runs/{runId}/steps/{stepId}")).Body);
    }

    [Fact]
    public async Task FunctionTool_WaitsForToolOutputs_ThenCompletes()
    {
        (string threadId, string runId) = await StartRunAsync($",\"tools\":[{FunctionTool}]");
        await RetrieveAsync(threadId, runId, "in_progress");

        ApiResponse waiting = await RetrieveAsync(threadId, runId, "requires_action");
        JsonElement action = waiting.Json.GetProperty("required_action");
        Assert.Equal("submit_tool_outputs", action.GetProperty("type").GetString());
        JsonElement call = Assert.Single(action.GetProperty("submit_tool_outputs").GetProperty("tool_calls").EnumerateArray());
        Assert.Equal("function", call.GetProperty("type").GetString());
        Assert.Equal("get_weather", call.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("{}", call.GetProperty("function").GetProperty("arguments").GetString());
        string callId = call.GetProperty("id").GetString()!;
        Assert.Matches("^call_[A-Za-z0-9]{24}$", callId);
        Assert.Equal(waiting.Body, (await RetrieveAsync(threadId, runId, "requires_action")).Body);

        string submit = $"threads/{threadId}/runs/{runId}/submit_tool_outputs";
        (await _api.PostAsync(submit, """{"tool_outputs":[{"tool_call_id":"call_other","output":"x"}]}""")).AssertError(HttpStatusCode.BadRequest, "tool_outputs[0].tool_call_id");
        (await _api.PostAsync(submit, """{"tool_outputs":[]}""")).AssertError(HttpStatusCode.BadRequest, "tool_outputs");
        (await _api.PostAsync(submit, "{}")).AssertError(HttpStatusCode.BadRequest, "tool_outputs");
        (await _api.PostAsync(submit, $$"""{"tool_outputs":[{"tool_call_id":"{{callId}}"},{"tool_call_id":"{{callId}}"}]}""")).AssertError(HttpStatusCode.BadRequest, "tool_outputs[1].tool_call_id");

        ApiResponse resumed = await _api.PostAsync(submit, $$"""{"tool_outputs":[{"tool_call_id":"{{callId}}","output":"22C"}]}""");
        Assert.Equal(HttpStatusCode.OK, resumed.Status);
        Assert.Equal("in_progress", resumed.String("status"));
        Assert.Equal(JsonValueKind.Null, resumed.Json.GetProperty("required_action").ValueKind);
        await RetrieveAsync(threadId, runId, "completed");
        (await _api.PostAsync(submit, $$"""{"tool_outputs":[{"tool_call_id":"{{callId}}","output":"22C"}]}""")).AssertError(HttpStatusCode.BadRequest, param: null);

        ApiResponse steps = await _api.GetAsync($"threads/{threadId}/runs/{runId}/steps?order=asc");
        JsonElement[] data = steps.Json.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["tool_calls", "message_creation"], data.Select(step => step.GetProperty("type").GetString()));
        Assert.All(data, step => Assert.Equal("completed", step.GetProperty("status").GetString()));
        JsonElement function = Assert.Single(data[0].GetProperty("step_details").GetProperty("tool_calls").EnumerateArray()).GetProperty("function");
        Assert.Equal("22C", function.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Cancel_GoesThroughCancelling_AndAFinishedRunCannotBeCancelled()
    {
        (string threadId, string runId) = await StartRunAsync();
        string cancel = $"threads/{threadId}/runs/{runId}/cancel";

        ApiResponse cancelling = await _api.PostAsync(cancel);
        Assert.Equal("cancelling", cancelling.String("status"));
        (await _api.PostAsync(cancel)).AssertError(HttpStatusCode.BadRequest, param: null);

        ApiResponse cancelled = await RetrieveAsync(threadId, runId, "cancelled");
        Assert.Equal(JsonValueKind.Number, cancelled.Json.GetProperty("cancelled_at").ValueKind);
        JsonElement error = (await _api.PostAsync(cancel)).AssertError(HttpStatusCode.BadRequest, param: null);
        Assert.Contains("cancelled", error.GetProperty("message").GetString());
        await RetrieveAsync(threadId, runId, "cancelled");
        Assert.Equal(["Hi"], MessageTests.Texts(await _api.GetAsync($"threads/{threadId}/messages")));

        (string otherThread, string completedRun) = await StartRunAsync();
        await RetrieveAsync(otherThread, completedRun, "in_progress");
        await RetrieveAsync(otherThread, completedRun, "completed");
        (await _api.PostAsync($"threads/{otherThread}/runs/{completedRun}/cancel")).AssertError(HttpStatusCode.BadRequest, param: null);
    }

    [Fact]
    public async Task CancelWhileWaitingForToolOutputs_CancelsTheToolCallStep()
    {
        (string threadId, string runId) = await StartRunAsync($",\"tools\":[{FunctionTool}]");
        await RetrieveAsync(threadId, runId, "in_progress");
        await RetrieveAsync(threadId, runId, "requires_action");

        ApiResponse cancelling = await _api.PostAsync($"threads/{threadId}/runs/{runId}/cancel");
        Assert.Equal("cancelling", cancelling.String("status"));
        Assert.Equal(JsonValueKind.Null, cancelling.Json.GetProperty("required_action").ValueKind);
        await RetrieveAsync(threadId, runId, "cancelled");

        JsonElement step = Assert.Single((await _api.GetAsync($"threads/{threadId}/runs/{runId}/steps")).Json.GetProperty("data").EnumerateArray());
        Assert.Equal("cancelled", step.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Number, step.GetProperty("cancelled_at").ValueKind);
    }

    [Fact]
    public async Task ListAndModifyRuns_DoNotAdvanceThem()
    {
        string threadId = await _api.NewThreadAsync();
        string[] ids = new string[3];
        for (int index = 0; index < ids.Length; index++)
        {
            ids[index] = (await _api.PostAsync($"threads/{threadId}/runs", """{"assistant_id":"asst_abc"}""")).String("id");
        }

        ApiResponse page = await _api.GetAsync($"threads/{threadId}/runs?limit=2");
        Assert.Equal([ids[2], ids[1]], page.Json.GetProperty("data").EnumerateArray().Select(run => run.GetProperty("id").GetString()));
        Assert.True(page.Json.GetProperty("has_more").GetBoolean());
        Assert.All(page.Json.GetProperty("data").EnumerateArray(), run => Assert.Equal("queued", run.GetProperty("status").GetString()));
        ApiResponse rest = await _api.GetAsync($"threads/{threadId}/runs?limit=2&after={page.String("last_id")}");
        Assert.Equal([ids[0]], rest.Json.GetProperty("data").EnumerateArray().Select(run => run.GetProperty("id").GetString()));

        ApiResponse modified = await _api.PostAsync($"threads/{threadId}/runs/{ids[0]}", """{"metadata":{"k":"v"}}""");
        Assert.Equal("queued", modified.String("status"));
        Assert.Equal("""{"k":"v"}""", modified.Json.GetProperty("metadata").GetRawText());
        (await _api.PostAsync($"threads/{threadId}/runs/{ids[0]}", """{"status":"completed"}""")).AssertError(HttpStatusCode.BadRequest, "status");
        Assert.Equal("in_progress", (await _api.GetAsync($"threads/{threadId}/runs/{ids[0]}")).String("status"));
    }

    [Fact]
    public async Task CreateRun_EchoesOptions_AndAddsAdditionalMessagesFirst()
    {
        string threadId = await _api.NewThreadAsync();

        ApiResponse run = await _api.PostAsync($"threads/{threadId}/runs", """
            {"assistant_id":"asst_abc","model":"gpt-4.1","instructions":"Be brief.","additional_instructions":"Really.",
             "additional_messages":[{"role":"user","content":"extra"}],"reasoning_effort":"low","temperature":0.5,
             "tools":[{"type":"code_interpreter"}],"stream":false}
            """);

        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Equal("gpt-4.1", run.String("model"));
        Assert.Equal("Be brief.", run.String("instructions"));
        Assert.Equal(0.5, run.Json.GetProperty("temperature").GetDouble());
        Assert.Equal("""[{"type":"code_interpreter"}]""", run.Json.GetProperty("tools").GetRawText());
        Assert.False(run.Json.TryGetProperty("additional_instructions", out _));
        Assert.Equal(["extra"], MessageTests.Texts(await _api.GetAsync($"threads/{threadId}/messages")));
    }
}
