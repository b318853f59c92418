using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Tests.Transport;

/// <summary>Script steps for <see cref="FaultInjectingHandler"/>.</summary>
internal static class Respond
{
    public const string Thread = """{"id":"thread_abc","object":"thread","created_at":1699012949,"metadata":{}}""";

    public const string Error = """{"error":{"message":"slow down","type":"requests","param":null,"code":"rate_limit_exceeded"}}""";

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> With(HttpStatusCode status, string body = Thread, Action<HttpResponseMessage>? headers = null)
        => (_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.Add("x-request-id", "req_" + (int)status);
            headers?.Invoke(response);
            return Task.FromResult(response);
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> ConnectionFailure()
        => (_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (fault injected)"));

    /// <summary>A failure of the given kind, as SocketsHttpHandler reports it.</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Failure(HttpRequestError kind)
        => (_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException(kind, kind + " (fault injected)"));

    /// <summary>Never answers on its own: only the token (a timeout or the caller) ends it.</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Stall()
        => async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };
}
