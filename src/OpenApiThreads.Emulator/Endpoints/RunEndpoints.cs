using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The run handlers. Runs move through <see cref="RunLifecycle"/>; a request with <c>stream: true</c> gets the run's
/// events as server-sent events instead of the run object.
/// </summary>
internal sealed class RunEndpoints(
    ThreadStore store, FileStore files, RunLifecycle lifecycle, EmulatorSettings settings, TimeProvider time)
{
    private static readonly Action<Utf8JsonWriter, ListPage<RunRecord>> WriteList = ListJson.Writer<RunRecord>(RunJson.Write);

    public async Task CreateThreadAndRunAsync(HttpContext context)
    {
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var references = new FileReferences();
        (RunRequest request, ThreadFields threadFields) = RunRequestReader.ReadCreateThreadAndRun(body?.RootElement ?? default, references);
        references.EnsureUploaded(files);
        ThreadRecord thread = store.Create(threadFields, time.GetUtcNow().ToUnixTimeSeconds());
        await StartAsync(context, thread.Id, request, StreamEvent.Thread(thread)).ConfigureAwait(false);
    }

    public async Task CreateRunAsync(HttpContext context, string threadId)
    {
        store.GetContents(threadId);
        IncludeReader.Validate(context.Request.Query);
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var references = new FileReferences();
        RunRequest request = RunRequestReader.ReadCreateRun(body?.RootElement ?? default, references);
        references.EnsureUploaded(files);
        await StartAsync(context, threadId, request, threadCreated: null).ConfigureAwait(false);
    }

    public Task ListRunsAsync(HttpContext context, string threadId)
    {
        ThreadContents contents = store.GetContents(threadId);
        ListQuery query = ListQueryReader.Read(context.Request.Query);
        RunRecord[] runs;
        lock (contents.Gate)
        {
            runs = contents.Runs.Snapshot();
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, Paginator.Page(runs, query, "run"), WriteList);
    }

    /// <summary>Retrieving a run is what moves it on: each retrieve advances it one state.</summary>
    public Task GetRunAsync(HttpContext context, string threadId, string runId)
    {
        ThreadContents contents = store.GetContents(threadId);
        RunRecord run;
        lock (contents.Gate)
        {
            run = lifecycle.Advance(contents, Find(contents, runId), []);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, run, RunJson.Write);
    }

    public async Task ModifyRunAsync(HttpContext context, string threadId, string runId)
    {
        ThreadContents contents = store.GetContents(threadId);
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        IReadOnlyDictionary<string, string>? metadata = MetadataRequestReader.Read(body?.RootElement ?? default);
        RunRecord run;
        lock (contents.Gate)
        {
            run = Find(contents, runId);
            if (metadata is not null)
            {
                run = run with { Metadata = metadata };
                contents.Runs.Replace(run);
            }
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, run, RunJson.Write).ConfigureAwait(false);
    }

    public Task CancelRunAsync(HttpContext context, string threadId, string runId)
    {
        ThreadContents contents = store.GetContents(threadId);
        RunRecord run;
        lock (contents.Gate)
        {
            run = lifecycle.Cancel(contents, Find(contents, runId), []);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, run, RunJson.Write);
    }

    public async Task SubmitToolOutputsAsync(HttpContext context, string threadId, string runId)
    {
        ThreadContents contents = store.GetContents(threadId);
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var events = new List<StreamEvent>();
        RunRecord run;
        bool stream;
        lock (contents.Gate)
        {
            run = Find(contents, runId);
            if (run.Status != RunStatus.RequiresAction)
            {
                throw ApiException.InvalidRequest(null,
                    $"Runs in status '{run.Status}' do not accept tool outputs; only a run in status 'requires_action' does.");
            }

            (IReadOnlyList<ToolOutput> outputs, stream) = ToolOutputsReader.Read(body?.RootElement ?? default, run.PendingToolCalls);
            run = lifecycle.SubmitToolOutputs(contents, run, outputs, events);
            if (stream)
            {
                lifecycle.AdvanceUntilStopped(contents, run, events);
            }
        }

        await RespondAsync(context, run, stream, events).ConfigureAwait(false);
    }

    /// <summary>Creates the run and answers with it, or with its events up to where it stops when streamed.</summary>
    private async Task StartAsync(HttpContext context, string threadId, RunRequest request, StreamEvent? threadCreated)
    {
        ThreadContents contents = store.GetContents(threadId);
        var events = new List<StreamEvent>();
        if (threadCreated is not null)
        {
            events.Add(threadCreated);
        }

        RunRecord run;
        lock (contents.Gate)
        {
            run = lifecycle.Create(contents, threadId, request, events);
            if (request.Stream)
            {
                lifecycle.AdvanceUntilStopped(contents, run, events);
            }
        }

        await RespondAsync(context, run, request.Stream, events).ConfigureAwait(false);
    }

    private Task RespondAsync(HttpContext context, RunRecord run, bool stream, List<StreamEvent> events) =>
        stream
            ? EventStreamResponse.WriteAsync(context, events, settings.StreamEventDelay, time)
            : JsonResponse.WriteAsync(context, StatusCodes.Status200OK, run, RunJson.Write);

    private static RunRecord Find(ThreadContents contents, string runId) =>
        contents.Runs.TryGet(runId, out RunRecord? run) ? run : throw ApiException.NotFound("run", runId);
}
