using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>The run step handlers: list a run's steps (paged) and retrieve one. Reading steps never moves the run.</summary>
internal sealed class RunStepEndpoints(ThreadStore store)
{
    private static readonly Action<Utf8JsonWriter, ListPage<RunStepRecord>> WriteList = ListJson.Writer<RunStepRecord>(RunStepJson.Write);

    public Task ListRunStepsAsync(HttpContext context, string threadId, string runId)
    {
        ThreadContents contents = store.GetContents(threadId);
        ListQuery query = ListQueryReader.Read(context.Request.Query);
        IncludeReader.Validate(context.Request.Query);
        RunStepRecord[] steps;
        lock (contents.Gate)
        {
            EnsureRun(contents, runId);
            steps = contents.Steps.Snapshot(step => step.RunId == runId);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, Paginator.Page(steps, query, "run step"), WriteList);
    }

    public Task GetRunStepAsync(HttpContext context, string threadId, string runId, string stepId)
    {
        ThreadContents contents = store.GetContents(threadId);
        IncludeReader.Validate(context.Request.Query);
        RunStepRecord? step;
        lock (contents.Gate)
        {
            EnsureRun(contents, runId);
            if (!contents.Steps.TryGet(stepId, out step) || step.RunId != runId)
            {
                throw ApiException.NotFound("run step", stepId);
            }
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, step, RunStepJson.Write);
    }

    private static void EnsureRun(ThreadContents contents, string runId)
    {
        if (!contents.Runs.TryGet(runId, out _))
        {
            throw ApiException.NotFound("run", runId);
        }
    }
}
