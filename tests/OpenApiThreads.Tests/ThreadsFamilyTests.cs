using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Emulator;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>Messages, runs, run steps, paging and streaming end to end: the generated client against the emulator on loopback.</summary>
public sealed class ThreadsFamilyTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Auto_paging_walks_every_message_in_order_across_pages()
    {
        ThreadsClient client = emulator.CreateClient();
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: Cancel);
        for (int i = 1; i <= 5; i++)
        {
            await client.CreateMessageAsync(thread.Id, new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "message " + i }, Cancel);
        }

        var texts = new List<string>();
        await foreach (MessageObject message in client.ListMessagesAutoPagingAsync(thread.Id, limit: 2, order: ListOrder.Asc, cancellationToken: Cancel))
        {
            texts.Add(message.Content.Single().AsText!.Text.Value);
        }

        ListMessagesResponse firstPage = await client.ListMessagesAsync(thread.Id, limit: 2, order: ListOrder.Asc, cancellationToken: Cancel);
        Assert.Equal(["message 1", "message 2", "message 3", "message 4", "message 5"], texts);
        Assert.True(firstPage.HasMore);
        Assert.Equal(2, firstPage.Data.Count);
    }

    [Fact]
    public async Task A_message_is_created_retrieved_modified_and_deleted()
    {
        ThreadsClient client = emulator.CreateClient();
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: Cancel);

        MessageObject created = await client.CreateMessageAsync(thread.Id, new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "hi" }, Cancel);
        MessageObject modified = await client.ModifyMessageAsync(thread.Id, created.Id, new ModifyMessageRequest { Metadata = new Dictionary<string, string> { ["k"] = "v" } }, Cancel);
        DeleteMessageResponse deleted = await client.DeleteMessageAsync(thread.Id, created.Id, Cancel);
        var gone = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.GetMessageAsync(thread.Id, created.Id, Cancel));

        Assert.Equal("v", modified.Metadata!["k"]);
        Assert.True(deleted.Deleted);
        Assert.Equal(404, gone.StatusCode);
    }

    [Fact]
    public async Task A_run_with_a_function_tool_waits_for_outputs_then_completes_and_replies()
    {
        ThreadsClient client = emulator.CreateClient();
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: Cancel);
        var request = new CreateRunRequest
        {
            AssistantId = "asst_abc123",
            Tools = [new AssistantToolFunction { Function = new FunctionDefinition { Name = "get_weather" } }],
        };

        RunObject run = await client.CreateRunAsync(thread.Id, request, cancellationToken: Cancel);
        while (run.Status != RunObjectStatus.RequiresAction)
        {
            run = await client.GetRunAsync(thread.Id, run.Id, Cancel);
        }

        RunToolCall call = run.RequiredAction!.SubmitToolOutputs.ToolCalls.Single();
        run = await client.SubmitToolOutputsToRunAsync(thread.Id, run.Id, new SubmitToolOutputsRunRequest { ToolOutputs = [new ToolOutput { ToolCallId = call.Id, Output = "sunny" }] }, Cancel);
        while (run.Status != RunObjectStatus.Completed)
        {
            run = await client.GetRunAsync(thread.Id, run.Id, Cancel);
        }

        var steps = new List<RunStepObject>();
        await foreach (RunStepObject step in client.ListRunStepsAutoPagingAsync(thread.Id, run.Id, cancellationToken: Cancel))
        {
            steps.Add(step);
        }

        ListMessagesResponse messages = await client.ListMessagesAsync(thread.Id, runId: run.Id, cancellationToken: Cancel);
        Assert.Equal("get_weather", call.Function.Name);
        Assert.NotEmpty(steps);
        Assert.Equal(steps[0].Id, (await client.GetRunStepAsync(thread.Id, run.Id, steps[0].Id, cancellationToken: Cancel)).Id);
        Assert.Equal(CreateMessageRequestRole.Assistant, messages.Data.Single().Role);
    }

    [Fact]
    public async Task Cancelling_a_queued_run_ends_cancelled()
    {
        ThreadsClient client = emulator.CreateClient();
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: Cancel);
        RunObject run = await client.CreateRunAsync(thread.Id, new CreateRunRequest { AssistantId = "asst_abc123" }, cancellationToken: Cancel);

        RunObject cancelling = await client.CancelRunAsync(thread.Id, run.Id, Cancel);
        RunObject cancelled = await client.GetRunAsync(thread.Id, run.Id, Cancel);

        Assert.Equal(RunObjectStatus.Cancelling, cancelling.Status);
        Assert.Equal(RunObjectStatus.Cancelled, cancelled.Status);
    }

    [Fact]
    public async Task A_streamed_run_yields_its_events_and_the_deltas_spell_the_reply()
    {
        ThreadsClient client = emulator.CreateClient();

        var names = new List<string>();
        var reply = new StringBuilder();
        await foreach (AssistantStreamEvent streamEvent in client.CreateThreadAndRunStreamingAsync(new CreateThreadAndRunRequest { AssistantId = "asst_abc123" }, Cancel))
        {
            names.Add(EventName(streamEvent));
            foreach (MessageDeltaContent part in streamEvent.AsThreadMessageDelta?.Data.Delta.Content ?? [])
            {
                reply.Append(part.AsText?.Text?.Value);
            }
        }

        Assert.Equal("thread.created", names[0]);
        Assert.Equal("thread.run.created", names[1]);
        Assert.Contains("thread.message.delta", names);
        Assert.Equal("thread.run.completed", names[^2]);
        Assert.Equal("done", names[^1]);
        Assert.False(string.IsNullOrEmpty(reply.ToString()));
    }

    private static string EventName(AssistantStreamEvent e) => e switch
    {
        { IsThreadCreated: true } => "thread.created",
        { IsThreadRunCreated: true } => "thread.run.created",
        { IsThreadMessageDelta: true } => "thread.message.delta",
        { IsThreadRunCompleted: true } => "thread.run.completed",
        { IsDone: true } => "done",
        { IsUnknown: true } => "unknown",
        _ => "other",
    };
}

/// <summary>A slow stream from its own emulator, so the delay knob does not slow the other tests.</summary>
public sealed class StreamCancellationTests : IAsyncLifetime
{
    private ThreadsEmulator? _emulator;

    public async ValueTask InitializeAsync()
    {
        _emulator = await ThreadsEmulator.StartAsync(TestContext.Current.CancellationToken);
        _emulator.StreamEventDelay = TimeSpan.FromSeconds(5);
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_token_stops_a_live_stream_between_events()
    {
        var client = new ThreadsClient(new ThreadsClientOptions { BaseAddress = _emulator!.BaseAddress, ApiKey = "test-key" });
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: caller.Token);
        var started = System.Diagnostics.Stopwatch.StartNew();

        int count = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.CreateRunStreamingAsync(thread.Id, new CreateRunRequest { AssistantId = "asst_abc123" }, cancellationToken: caller.Token))
            {
                count++;
                caller.CancelAfter(TimeSpan.FromMilliseconds(200));
            }
        });

        Assert.Equal(1, count);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), "cancelled while waiting for the second event, not after it");
    }
}
