using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>The handlers behind each Threads route. They throw <see cref="ApiException"/> for every error response.</summary>
internal sealed class ThreadEndpoints(ThreadStore store, TimeProvider time)
{
    public async Task CreateThreadAsync(HttpContext context)
    {
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        ThreadFields fields = ThreadRequestReader.ReadCreate(body?.RootElement ?? default, prefix: string.Empty);
        ThreadRecord thread = store.Create(fields, Now());
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, thread, ThreadJson.Write).ConfigureAwait(false);
    }

    public Task GetThreadAsync(HttpContext context, string threadId)
    {
        if (!store.TryGet(threadId, out ThreadRecord? thread))
        {
            throw ApiException.ThreadNotFound(threadId);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, thread, ThreadJson.Write);
    }

    public async Task ModifyThreadAsync(HttpContext context, string threadId)
    {
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        ThreadFields fields = ThreadRequestReader.ReadModify(body?.RootElement ?? default);
        if (!store.TryModify(threadId, fields, out ThreadRecord? thread))
        {
            throw ApiException.ThreadNotFound(threadId);
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, thread, ThreadJson.Write).ConfigureAwait(false);
    }

    public Task DeleteThreadAsync(HttpContext context, string threadId)
    {
        if (!store.TryDelete(threadId))
        {
            throw ApiException.ThreadNotFound(threadId);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, threadId, ThreadJson.WriteDeleted);
    }

    public async Task CreateThreadAndRunAsync(HttpContext context)
    {
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        JsonElement request = body?.RootElement ?? default;
        (string assistantId, ThreadFields threadFields) = RunRequestReader.Read(request);

        long now = Now();
        ThreadRecord thread = store.Create(threadFields, now);
        var run = new QueuedRun(Ids.New("run_"), thread.Id, assistantId, now, request);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, run, RunJson.Write).ConfigureAwait(false);
    }

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();
}
