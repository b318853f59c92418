using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Transport;
using Xunit;
using static OpenApiThreads.Tests.Streaming.SseResponses;

namespace OpenApiThreads.Tests.Streaming;

/// <summary>The streaming methods: typed events in order, the end of the stream, bad events, cancellation, disposal.</summary>
public sealed class StreamingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ThreadsClient Client(FaultInjectingHandler handler)
        => new(new HttpClient(handler), new ThreadsClientOptions { ApiKey = "k", InitialRetryDelay = TimeSpan.FromMilliseconds(1) });

    private static CreateRunRequest RunRequest => new() { AssistantId = "asst_1" };

    [Fact]
    public async Task Events_arrive_typed_and_in_order_and_done_ends_the_sequence()
    {
        string body = Frame("thread.run.created", Run)
            + Frame("thread.message.delta", """{"id":"msg_1","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":"Hel"}}]}}""")
            + Frame("thread.run.completed", Run.Replace("\"queued\"", "\"completed\"", StringComparison.Ordinal))
            + "event: done\ndata: [DONE]\n\n"
            + Frame("thread.run.created", Run); // after done: never read
        var handler = new FaultInjectingHandler(Events(body));

        var events = new List<AssistantStreamEvent>();
        await foreach (AssistantStreamEvent streamEvent in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel))
        {
            events.Add(streamEvent);
        }

        Assert.Equal(4, events.Count);
        Assert.Equal("run_1", events[0].AsThreadRunCreated!.Data.Id);
        Assert.True(events[1].IsThreadMessageDelta);
        Assert.Equal("msg_1", events[1].AsThreadMessageDelta!.Data.Id);
        Assert.Equal("completed", events[2].AsThreadRunCompleted!.Data.Status.ToString());
        Assert.True(events[3].IsDone);
    }

    [Fact]
    public async Task The_request_asks_for_a_stream_without_changing_the_callers_body()
    {
        var handler = new FaultInjectingHandler(Events("event: done\ndata: [DONE]\n\n"));
        CreateRunRequest request = RunRequest;

        await foreach (var _ in Client(handler).CreateRunStreamingAsync("thread_1", request, cancellationToken: Cancel))
        {
        }

        var sent = handler.Requests.Single();
        using JsonDocument body = JsonDocument.Parse(sent.Body!);
        Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
        Assert.Equal("asst_1", body.RootElement.GetProperty("assistant_id").GetString());
        Assert.Equal("text/event-stream", sent.Headers["Accept"]);
        Assert.Null(request.Stream);
    }

    [Fact]
    public async Task The_plain_method_refuses_a_body_that_asks_for_a_stream()
    {
        var handler = new FaultInjectingHandler(Respond.With(System.Net.HttpStatusCode.OK, Run));
        var request = new CreateRunRequest { AssistantId = "asst_1", Stream = true };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client(handler).CreateRunAsync("thread_1", request, cancellationToken: Cancel));

        Assert.Contains("CreateRunStreamingAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task An_event_this_document_does_not_know_is_kept_whole()
    {
        string body = Frame("thread.run.teleported", """{"where":"mars"}""") + "event: thread.note\ndata: plain text\n\n" + "event: done\ndata: [DONE]\n\n";
        var handler = new FaultInjectingHandler(Events(body));

        var events = new List<AssistantStreamEvent>();
        await foreach (AssistantStreamEvent streamEvent in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel))
        {
            events.Add(streamEvent);
        }

        Assert.True(events[0].IsUnknown);
        Assert.Equal("thread.run.teleported", events[0].UnknownJson!.Value.GetProperty("event").GetString());
        Assert.Equal("mars", events[0].UnknownJson!.Value.GetProperty("data").GetProperty("where").GetString());
        Assert.Equal("plain text", events[1].UnknownJson!.Value.GetProperty("data").GetString());
        Assert.True(events[2].IsDone);
    }

    [Fact]
    public async Task A_malformed_event_is_a_typed_exception_after_the_good_ones()
    {
        string body = Frame("thread.run.created", Run) + Frame("thread.run.completed", """{"id":42}""");
        var handler = new FaultInjectingHandler(Events(body));

        var seen = new List<AssistantStreamEvent>();
        var error = await Assert.ThrowsAsync<ThreadsApiException>(async () =>
        {
            await foreach (AssistantStreamEvent streamEvent in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel))
            {
                seen.Add(streamEvent);
            }
        });

        Assert.Single(seen);
        Assert.True(error.IsMalformedResponse);
        Assert.Equal("createRun", error.OperationId);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task A_json_answer_where_a_stream_was_asked_for_says_so()
    {
        var handler = new FaultInjectingHandler(Respond.With(System.Net.HttpStatusCode.OK, Run));

        var error = await Assert.ThrowsAsync<ThreadsApiException>(async () =>
        {
            await foreach (var _ in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel))
            {
            }
        });

        Assert.Contains("'application/json' where a text/event-stream was expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_503_with_a_retry_hint_before_the_stream_is_retried_then_streams()
    {
        var handler = new FaultInjectingHandler(Respond.With(System.Net.HttpStatusCode.ServiceUnavailable, Respond.Error, r => r.Headers.TryAddWithoutValidation("retry-after-ms", "1")), Events("event: done\ndata: [DONE]\n\n"));

        int count = 0;
        await foreach (var _ in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel))
        {
            count++;
        }

        Assert.Equal(1, count);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task A_stream_that_breaks_after_its_first_event_is_not_retried_and_fails_as_HttpRequestException()
    {
        var body = new ScriptedStream(Frame("thread.run.created", Run), failAfterPrefix: true);
        var handler = new FaultInjectingHandler(Stream(body));

        int count = 0;
        await Assert.ThrowsAsync<System.Net.Http.HttpRequestException>(async () =>
        {
            await foreach (var _ in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel))
            {
                count++;
            }
        });

        Assert.Equal(1, count);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task The_token_cancels_in_the_middle_of_a_stream_and_the_connection_closes()
    {
        var body = new ScriptedStream(Frame("thread.run.created", Run), failAfterPrefix: false);
        var handler = new FaultInjectingHandler(Stream(body));
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        int count = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: caller.Token))
            {
                count++;
                caller.CancelAfter(TimeSpan.FromMilliseconds(100));
            }
        });

        Assert.Equal(1, count);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task Disposing_the_enumerator_early_closes_the_connection()
    {
        var body = new ScriptedStream(Frame("thread.run.created", Run) + Frame("thread.run.queued", Run), failAfterPrefix: false);
        var handler = new FaultInjectingHandler(Stream(body));

        await foreach (var _ in Client(handler).CreateRunStreamingAsync("thread_1", RunRequest, cancellationToken: Cancel))
        {
            break;
        }

        Assert.True(body.Disposed);
    }
}
