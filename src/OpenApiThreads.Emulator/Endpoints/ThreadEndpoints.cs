using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>The thread handlers. They throw <see cref="ApiException"/> for every error response.</summary>
internal sealed class ThreadEndpoints(ThreadStore store, FileStore files, TimeProvider time)
{
    public async Task CreateThreadAsync(HttpContext context)
    {
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var references = new FileReferences();
        ThreadFields fields = ThreadRequestReader.ReadCreate(body?.RootElement ?? default, prefix: string.Empty, references);
        references.EnsureUploaded(files);
        ThreadRecord thread = store.Create(fields, time.GetUtcNow().ToUnixTimeSeconds());
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, thread, ThreadJson.Write).ConfigureAwait(false);
    }

    public Task GetThreadAsync(HttpContext context, string threadId)
    {
        if (!store.TryGet(threadId, out ThreadRecord? thread))
        {
            throw ApiException.NotFound("thread", threadId);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, thread, ThreadJson.Write);
    }

    public async Task ModifyThreadAsync(HttpContext context, string threadId)
    {
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var references = new FileReferences();
        ThreadFields fields = ThreadRequestReader.ReadModify(body?.RootElement ?? default, references);
        references.EnsureUploaded(files);
        if (!store.TryModify(threadId, fields, out ThreadRecord? thread))
        {
            throw ApiException.NotFound("thread", threadId);
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, thread, ThreadJson.Write).ConfigureAwait(false);
    }

    public Task DeleteThreadAsync(HttpContext context, string threadId)
    {
        if (!store.TryDelete(threadId))
        {
            throw ApiException.NotFound("thread", threadId);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, threadId, ThreadJson.WriteDeleted);
    }
}
