using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>The message handlers: create, list (paged, filterable by run), retrieve, modify and delete.</summary>
internal sealed class MessageEndpoints(ThreadStore store, FileStore files, TimeProvider time)
{
    private static readonly Action<Utf8JsonWriter, ListPage<MessageRecord>> WriteList = ListJson.Writer<MessageRecord>(MessageJson.Write);

    public Task ListMessagesAsync(HttpContext context, string threadId)
    {
        ThreadContents contents = store.GetContents(threadId);
        ListQuery query = ListQueryReader.Read(context.Request.Query);
        string? runId = ListQueryReader.ReadSingle(context.Request.Query, "run_id");
        MessageRecord[] messages;
        lock (contents.Gate)
        {
            messages = contents.Messages.Snapshot(runId is null ? null : message => message.RunId == runId);
        }

        ListPage<MessageRecord> page = Paginator.Page(messages, query, "message");
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, page, WriteList);
    }

    public async Task CreateMessageAsync(HttpContext context, string threadId)
    {
        ThreadContents contents = store.GetContents(threadId);
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var references = new FileReferences();
        MessageInput input = MessageRequestReader.Read(body?.RootElement ?? default, param: string.Empty, references);
        references.EnsureUploaded(files);
        var message = MessageRecord.FromInput(input, threadId, time.GetUtcNow().ToUnixTimeSeconds());
        lock (contents.Gate)
        {
            contents.Messages.Add(message);
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, message, MessageJson.Write).ConfigureAwait(false);
    }

    public Task GetMessageAsync(HttpContext context, string threadId, string messageId)
    {
        ThreadContents contents = store.GetContents(threadId);
        MessageRecord message;
        lock (contents.Gate)
        {
            message = Find(contents, messageId);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, message, MessageJson.Write);
    }

    public async Task ModifyMessageAsync(HttpContext context, string threadId, string messageId)
    {
        ThreadContents contents = store.GetContents(threadId);
        using JsonDocument? body = await RequestBody.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        IReadOnlyDictionary<string, string>? metadata = MetadataRequestReader.Read(body?.RootElement ?? default);
        MessageRecord message;
        lock (contents.Gate)
        {
            message = Find(contents, messageId);
            if (metadata is not null)
            {
                message = message with { Metadata = metadata };
                contents.Messages.Replace(message);
            }
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, message, MessageJson.Write).ConfigureAwait(false);
    }

    public Task DeleteMessageAsync(HttpContext context, string threadId, string messageId)
    {
        ThreadContents contents = store.GetContents(threadId);
        lock (contents.Gate)
        {
            if (!contents.Messages.Remove(messageId))
            {
                throw ApiException.NotFound("message", messageId);
            }
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, messageId, MessageJson.WriteDeleted);
    }

    private static MessageRecord Find(ThreadContents contents, string messageId) =>
        contents.Messages.TryGet(messageId, out MessageRecord? message) ? message : throw ApiException.NotFound("message", messageId);
}
