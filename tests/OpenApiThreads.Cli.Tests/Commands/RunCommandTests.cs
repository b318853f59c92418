using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Commands;

/// <summary>
/// <c>create-and-run</c> and <c>runs create</c> (polled and <c>--stream</c>), <c>retrieve</c>, <c>list</c> and
/// <c>cancel</c>. The emulator moves a run one state per retrieve, as polling a real run would observe it.
/// </summary>
public sealed class RunCommandTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task RunsCreate_PrintsTheQueuedRun_AndEachRetrieveAdvancesIt()
    {
        string threadId = await emulator.NewThreadAsync("--message", "user:Hi");

        JsonElement run = await emulator.JsonAsync("runs", "create", threadId, "--assistant-id", "asst_abc123", "--instructions", "Answer briefly.");

        Assert.Equal("thread.run", run.Str("object"));
        Assert.Equal("queued", run.Str("status"));
        Assert.Equal(threadId, run.Str("thread_id"));
        Assert.Equal("asst_abc123", run.Str("assistant_id"));
        Assert.Equal("Answer briefly.", run.Str("instructions"));
        string runId = run.Str("id");
        Assert.Equal("in_progress", (await emulator.JsonAsync("runs", "retrieve", threadId, runId)).Str("status"));
        Assert.Equal("completed", (await emulator.JsonAsync("runs", "retrieve", threadId, runId)).Str("status"));

        // The completed run's reply, found by --run-id.
        JsonElement reply = Assert.Single((await emulator.RunAsync("messages", "list", threadId, "--run-id", runId)).JsonLines());
        Assert.Equal("assistant", reply.Str("role"));
        Assert.Equal(runId, reply.Str("run_id"));
    }

    [Fact]
    public async Task RunsCreateStream_PrintsOneEventPerLine_FromCreatedToDone()
    {
        string threadId = await emulator.NewThreadAsync("--message", "user:Hi");

        CliResult result = await emulator.RunAsync("runs", "create", threadId, "--assistant-id", "asst_abc123", "--stream");

        IReadOnlyList<JsonElement> events = result.JsonLines();
        string[] names = events.Select(e => e.Str("event")).ToArray();
        Assert.Equal(["thread.run.created", "thread.run.queued", "thread.run.in_progress"], names[..3]);
        Assert.Contains("thread.message.delta", names);
        Assert.Equal(["thread.run.completed", "done"], names[^2..]);
        Assert.Equal("""{"event":"done","data":"[DONE]"}""", CliResult.Lines(result.Stdout)[^1]);
        // Every run event is about the one run this command started, on this thread.
        JsonElement[] runEvents = events.Where(e => e.Str("event").StartsWith("thread.run.", StringComparison.Ordinal)
            && !e.Str("event").StartsWith("thread.run.step.", StringComparison.Ordinal)).ToArray();
        Assert.Single(runEvents.Select(e => e.GetProperty("data").Str("id")).Distinct());
        Assert.All(runEvents, e => Assert.Equal(threadId, e.GetProperty("data").Str("thread_id")));
        Assert.Equal("completed", (await emulator.JsonAsync("runs", "retrieve", threadId, runEvents[0].GetProperty("data").Str("id"))).Str("status"));
    }

    [Fact]
    public async Task RunsCancel_PrintsTheCancellingRun_ThenRetrieveSeesItCancelled()
    {
        string threadId = await emulator.NewThreadAsync("--message", "user:Hi");
        string runId = (await emulator.JsonAsync("runs", "create", threadId, "--assistant-id", "asst_abc123")).Str("id");

        JsonElement cancelling = await emulator.JsonAsync("runs", "cancel", threadId, runId);

        Assert.Equal(runId, cancelling.Str("id"));
        Assert.Equal("cancelling", cancelling.Str("status"));
        Assert.Equal("cancelled", (await emulator.JsonAsync("runs", "retrieve", threadId, runId)).Str("status"));
    }

    [Fact]
    public async Task RunsList_PrintsEveryPage_AsJsonLines()
    {
        string threadId = await emulator.NewThreadAsync("--message", "user:Hi");
        var created = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            created.Add((await emulator.JsonAsync("runs", "create", threadId, "--assistant-id", "asst_abc123")).Str("id"));
        }

        CliResult ascending = await emulator.RunAsync("runs", "list", threadId, "--limit", "2", "--order", "ASC");
        CliResult byDefault = await emulator.RunAsync("runs", "list", threadId);

        Assert.Equal(created, ascending.JsonLines().Ids());
        Assert.All(ascending.JsonLines(), run => Assert.Equal("thread.run", run.Str("object")));
        Assert.Equal(Enumerable.Reverse(created), byDefault.JsonLines().Ids());
    }

    [Fact]
    public async Task CreateAndRun_StartsARunOnANewThreadWithTheMessages()
    {
        JsonElement run = await emulator.JsonAsync(
            "create-and-run", "--assistant-id", "asst_abc123", "--message", "user:Explain deep learning.",
            "--model", "gpt-4o", "--instructions", "Be brief.", "--metadata", "job=1");

        Assert.Equal("thread.run", run.Str("object"));
        Assert.Equal("queued", run.Str("status"));
        Assert.Equal("asst_abc123", run.Str("assistant_id"));
        Assert.Equal("gpt-4o", run.Str("model"));
        Assert.Equal("Be brief.", run.Str("instructions"));
        Assert.Equal("1", run.StringMap("metadata")["job"]);
        // The run's metadata is the run's, not the thread's.
        JsonElement thread = await emulator.JsonAsync("retrieve", run.Str("thread_id"));
        Assert.Empty(thread.StringMap("metadata"));
        JsonElement message = Assert.Single((await emulator.RunAsync("messages", "list", run.Str("thread_id"))).JsonLines());
        Assert.Equal("Explain deep learning.", message.Text());
    }
}
