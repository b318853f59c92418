using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpenApiThreads.Tests.Security;

/// <summary>What one request carried: everything a credential could travel in.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string? ApiKeyHeader, string? Cookie, IReadOnlyDictionary<string, string> Headers);

/// <summary>A Kestrel server on a loopback port that records every request and answers 204, or what a test asks.</summary>
internal sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingServer(WebApplication app, Uri address)
    {
        _app = app;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers a request instead of 204; null falls through to 204.</summary>
    public Func<HttpContext, Task<bool>>? Answer { get; set; }

    public RecordedRequest Single() => Requests.Count == 1 && Requests.TryPeek(out RecordedRequest? only) ? only : throw new InvalidOperationException("Expected one request, got " + Requests.Count + ".");

    public static async Task<RecordingServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        RecordingServer? server = null;
        app.Run(async context =>
        {
            HttpRequest request = context.Request;
            server!.Requests.Enqueue(new RecordedRequest(
                request.Method,
                request.Path.Value ?? string.Empty,
                request.QueryString.Value ?? string.Empty,
                request.Headers.Authorization.FirstOrDefault(),
                request.Headers["X-Api-Key"].FirstOrDefault(),
                request.Headers.Cookie.FirstOrDefault(),
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            if (server.Answer is { } answer && await answer(context))
            {
                return;
            }

            context.Response.StatusCode = 204;
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        server = new RecordingServer(app, address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
