using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The whole request pipeline: request id, authorization, routing and error bodies. Routing is a hand-written
/// match rather than endpoint routing so that unknown paths and wrong methods get OpenAI's error shape too,
/// and so that nothing relies on the reflection-based request delegate factory.
/// </summary>
internal sealed class RequestRouter(ThreadEndpoints endpoints)
{
    private const string ThreadMethods = "GET, POST, DELETE";
    private const string PostOnly = "POST";

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
        catch (System.Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteErrorAsync(context, ApiException.ServerError()).ConfigureAwait(false);
        }
    }

    private Task RouteAsync(HttpContext context)
    {
        string method = context.Request.Method;
        string path = context.Request.Path.Value ?? string.Empty;
        return path.Split('/') switch
        {
            ["", "v1", "threads"] when HttpMethods.IsPost(method) => endpoints.CreateThreadAsync(context),
            ["", "v1", "threads"] => throw ApiException.MethodNotAllowed(method, path, PostOnly),
            ["", "v1", "threads", "runs"] when HttpMethods.IsPost(method) => endpoints.CreateThreadAndRunAsync(context),
            ["", "v1", "threads", "runs"] => throw ApiException.MethodNotAllowed(method, path, PostOnly),
            ["", "v1", "threads", { Length: > 0 } threadId] => RouteThread(context, method, path, threadId),
            _ => throw ApiException.UnknownRoute(method, path),
        };
    }

    private Task RouteThread(HttpContext context, string method, string path, string threadId)
    {
        if (HttpMethods.IsGet(method))
        {
            return endpoints.GetThreadAsync(context, threadId);
        }

        if (HttpMethods.IsPost(method))
        {
            return endpoints.ModifyThreadAsync(context, threadId);
        }

        if (HttpMethods.IsDelete(method))
        {
            return endpoints.DeleteThreadAsync(context, threadId);
        }

        throw ApiException.MethodNotAllowed(method, path, ThreadMethods);
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
