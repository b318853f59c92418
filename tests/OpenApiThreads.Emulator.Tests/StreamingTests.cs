using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class StreamingTests(EmulatorFixture fixture)
{
    private const string Reply = "Hello! This is the OpenApiThreads emulator answering your message.";

    // What a streamed run that completes sends, after thread.created for create-thread-and-run.
    private static readonly string[] CompletedRunEvents =
    [
        "thread.run.created", "thread.run.queued", "thread.run.in_progress", "thread.run.step.created",
        "thread.message.created", "thread.message.in_progress",
        "thread.message.delta", "thread.message.delta", "thread.message.delta", "thread.message.delta",
        "thread.message.completed", "thread.run.step.completed", "thread.run.completed", "done",
    ];

    private readonly ApiClient _api = fixture.Api;

    [Fact]
    public async Task StreamedRun_SendsEveryEventInOrder_EndingWithDone()
    {
        string threadId = await _api.NewThreadAsync();

        var events = await _api.StreamAsync($"threads/{threadId}/runs", """{"assistant_id":"asst_abc","stream":true}""");

        Assert.Equal(CompletedRunEvents, events.Select(e => e.Name));
        Assert.Equal("[DONE]", events[^1].Data);
        string runId = events[0].Json.GetProperty("id").GetString()!;
        Assert.Equal(["queued", "queued", "in_progress"], events.Take(3).Select(e => e.Json.GetProperty("status").GetString()));
        Assert.All(events.Take(3), e => Assert.Equal("thread.run", e.Json.GetProperty("object").GetString()));

        JsonElement step = events[3].Json;
        Assert.Equal("thread.run.step", step.GetProperty("object").GetString());
        Assert.Equal("in_progress", step.GetProperty("status").GetString());
        JsonElement created = events[4].Json;
        string messageId = created.GetProperty("id").GetString()!;
        Assert.Equal("in_progress", created.GetProperty("status").GetString());
        Assert.Equal("[]", created.GetProperty("content").GetRawText());
        Assert.Equal(messageId, step.GetProperty("step_details").GetProperty("message_creation").GetProperty("message_id").GetString());

        var deltas = events.Where(e => e.Name == "thread.message.delta").Select(e => e.Json).ToArray();
        Assert.All(deltas, delta =>
        {
            Assert.Equal(messageId, delta.GetProperty("id").GetString());
            Assert.Equal("thread.message.delta", delta.GetProperty("object").GetString());
        });
        Assert.Equal(Reply, string.Concat(deltas.Select(d => d.GetProperty("delta").GetProperty("content")[0].GetProperty("text").GetProperty("value").GetString())));

        JsonElement completedMessage = events[^4].Json;
        Assert.Equal("completed", completedMessage.GetProperty("status").GetString());
        Assert.Equal(Reply, completedMessage.GetProperty("content")[0].GetProperty("text").GetProperty("value").GetString());
        Assert.Equal("completed", events[^3].Json.GetProperty("status").GetString());
        JsonElement completedRun = events[^2].Json;
        Assert.Equal(runId, completedRun.GetProperty("id").GetString());
        Assert.Equal("completed", completedRun.GetProperty("status").GetString());

        ApiResponse stored = await _api.GetAsync($"threads/{threadId}/runs/{runId}");
        Assert.Equal(completedRun.GetRawText(), stored.Body);
        Assert.Equal(completedMessage.GetRawText(), (await _api.GetAsync($"threads/{threadId}/messages/{messageId}")).Body);
    }

    [Fact]
    public async Task StreamedBody_IsExactlyEventAndDataLinesPerFrame()
    {
        string threadId = await _api.NewThreadAsync();
        using var response = await _api.PostForStreamAsync($"threads/{threadId}/runs", """{"assistant_id":"asst_abc","stream":true}""", TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Matches(@"\A(event: [a-z._]+\ndata: [^\n]+\n\n){13}event: done\ndata: \[DONE\]\n\n\z", body);
    }

    [Fact]
    public async Task StreamedThreadAndRun_StartsWithThreadCreated()
    {
        var events = await _api.StreamAsync("threads/runs", """{"assistant_id":"asst_abc","stream":true,"thread":{"messages":[{"role":"user","content":"Hi"}]}}""");

        Assert.Equal(["thread.created", .. CompletedRunEvents], events.Select(e => e.Name));
        JsonElement thread = events[0].Json;
        Assert.Equal("thread", thread.GetProperty("object").GetString());
        string threadId = thread.GetProperty("id").GetString()!;
        Assert.Equal(threadId, events[1].Json.GetProperty("thread_id").GetString());
        Assert.Equal(["Hi", Reply], MessageTests.Texts(await _api.GetAsync($"threads/{threadId}/messages?order=asc")));
    }

    [Fact]
    public async Task StreamedRunWithFunctionTool_StopsAtRequiresAction_AndSubmittingStreamsTheRest()
    {
        string threadId = await _api.NewThreadAsync();
        var first = await _api.StreamAsync($"threads/{threadId}/runs",
            """{"assistant_id":"asst_abc","stream":true,"tools":[{"type":"function","function":{"name":"lookup"}}]}""");

        Assert.Equal(
            ["thread.run.created", "thread.run.queued", "thread.run.in_progress", "thread.run.step.created", "thread.run.requires_action", "done"],
            first.Select(e => e.Name));
        JsonElement waiting = first[^2].Json;
        string runId = waiting.GetProperty("id").GetString()!;
        string callId = waiting.GetProperty("required_action").GetProperty("submit_tool_outputs").GetProperty("tool_calls")[0].GetProperty("id").GetString()!;
        Assert.Equal("tool_calls", first[3].Json.GetProperty("type").GetString());

        var rest = await _api.StreamAsync($"threads/{threadId}/runs/{runId}/submit_tool_outputs",
            $$"""{"tool_outputs":[{"tool_call_id":"{{callId}}","output":"found"}],"stream":true}""");

        Assert.Equal(["thread.run.step.completed", "thread.run.in_progress", .. CompletedRunEvents[3..]], rest.Select(e => e.Name));
        Assert.Equal("found", rest[0].Json.GetProperty("step_details").GetProperty("tool_calls")[0].GetProperty("function").GetProperty("output").GetString());
        Assert.Equal("completed", (await _api.GetAsync($"threads/{threadId}/runs/{runId}")).String("status"));
    }

    [Fact]
    public async Task InvalidStreamedRequest_GetsAJsonError()
    {
        string threadId = await _api.NewThreadAsync();

        ApiResponse response = await _api.PostAsync($"threads/{threadId}/runs", """{"stream":true}""");

        response.AssertError(HttpStatusCode.BadRequest, "assistant_id");
        Assert.Equal("application/json", response.ContentHeaders.ContentType?.MediaType);
    }
}
