using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The whole request pipeline: request id, authorization, routing and error bodies. Routing is a hand-written
/// match rather than endpoint routing so that unknown paths and wrong methods get OpenAI's error shape too,
/// and so that nothing relies on the reflection-based request delegate factory.
/// </summary>
internal sealed class RequestRouter(
    ThreadEndpoints threads, MessageEndpoints messages, RunEndpoints runs, RunStepEndpoints steps, FileEndpoints files)
{
    public async Task HandleAsync(HttpContext context)
    {
        context.Response.Headers["x-request-id"] = Ids.NewRequestId();
        try
        {
            if (!BearerAuthorization.IsPresent(context.Request))
            {
                throw ApiException.Unauthorized();
            }

            await RouteAsync(context).ConfigureAwait(false);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, error).ConfigureAwait(false);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, ApiException.UnreadableRequest(error.StatusCode, error.Message)).ConfigureAwait(false);
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (typically in the middle of a stream); there is no one left to answer.
        }
        catch (Exception) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, ApiException.ServerError()).ConfigureAwait(false);
        }
    }

    private Task RouteAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        return RoutePath.Segments(context) switch
        {
            ["", "v1", "threads"] =>
                Dispatch(context, path, post: () => threads.CreateThreadAsync(context)),
            ["", "v1", "threads", "runs"] =>
                Dispatch(context, path, post: () => runs.CreateThreadAndRunAsync(context)),
            ["", "v1", "threads", { Length: > 0 } threadId] =>
                Dispatch(context, path,
                    get: () => threads.GetThreadAsync(context, threadId),
                    post: () => threads.ModifyThreadAsync(context, threadId),
                    delete: () => threads.DeleteThreadAsync(context, threadId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "messages"] =>
                Dispatch(context, path,
                    get: () => messages.ListMessagesAsync(context, threadId),
                    post: () => messages.CreateMessageAsync(context, threadId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "messages", { Length: > 0 } messageId] =>
                Dispatch(context, path,
                    get: () => messages.GetMessageAsync(context, threadId, messageId),
                    post: () => messages.ModifyMessageAsync(context, threadId, messageId),
                    delete: () => messages.DeleteMessageAsync(context, threadId, messageId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "runs"] =>
                Dispatch(context, path,
                    get: () => runs.ListRunsAsync(context, threadId),
                    post: () => runs.CreateRunAsync(context, threadId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "runs", { Length: > 0 } runId] =>
                Dispatch(context, path,
                    get: () => runs.GetRunAsync(context, threadId, runId),
                    post: () => runs.ModifyRunAsync(context, threadId, runId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "runs", { Length: > 0 } runId, "cancel"] =>
                Dispatch(context, path, post: () => runs.CancelRunAsync(context, threadId, runId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "runs", { Length: > 0 } runId, "submit_tool_outputs"] =>
                Dispatch(context, path, post: () => runs.SubmitToolOutputsAsync(context, threadId, runId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "runs", { Length: > 0 } runId, "steps"] =>
                Dispatch(context, path, get: () => steps.ListRunStepsAsync(context, threadId, runId)),
            ["", "v1", "threads", { Length: > 0 } threadId, "runs", { Length: > 0 } runId, "steps", { Length: > 0 } stepId] =>
                Dispatch(context, path, get: () => steps.GetRunStepAsync(context, threadId, runId, stepId)),
            ["", "v1", "files"] =>
                Dispatch(context, path,
                    get: () => files.ListFilesAsync(context),
                    post: () => files.UploadFileAsync(context)),
            ["", "v1", "files", { Length: > 0 } fileId] =>
                Dispatch(context, path,
                    get: () => files.GetFileAsync(context, fileId),
                    delete: () => files.DeleteFileAsync(context, fileId)),
            ["", "v1", "files", { Length: > 0 } fileId, "content"] =>
                Dispatch(context, path, get: () => files.DownloadFileAsync(context, fileId)),
            _ => throw ApiException.UnknownRoute(context.Request.Method, path),
        };
    }

    /// <summary>Calls the handler for the request's method, or answers 405 with the methods the route has.</summary>
    private static Task Dispatch(HttpContext context, string path,
        Func<Task>? get = null, Func<Task>? post = null, Func<Task>? delete = null)
    {
        string method = context.Request.Method;
        Func<Task>? handler =
            HttpMethods.IsGet(method) ? get
            : HttpMethods.IsPost(method) ? post
            : HttpMethods.IsDelete(method) ? delete
            : null;
        if (handler is not null)
        {
            return handler();
        }

        var allowed = new List<string>(3);
        if (get is not null)
        {
            allowed.Add("GET");
        }

        if (post is not null)
        {
            allowed.Add("POST");
        }

        if (delete is not null)
        {
            allowed.Add("DELETE");
        }

        throw ApiException.MethodNotAllowed(method, path, string.Join(", ", allowed));
    }

    private static Task WriteErrorAsync(HttpContext context, ApiException error)
    {
        if (error.Allow is not null)
        {
            context.Response.Headers.Allow = error.Allow;
        }

        return JsonResponse.WriteAsync(context, error.StatusCode, error, ErrorJson.Write);
    }
}
