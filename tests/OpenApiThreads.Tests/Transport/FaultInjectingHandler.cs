using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Tests.Transport;

/// <summary>
/// Answers each request with the next scripted step (a status, a thrown failure, a stall) and records what it
/// received, so retry, timeout and encoding behaviour can be asserted exactly. Once the script runs out, the last
/// step repeats.
/// </summary>
internal sealed class FaultInjectingHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _calls;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public int Calls => _calls;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int call = Interlocked.Increment(ref _calls) - 1;
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        Requests.Enqueue(new Received(request.Method, request.RequestUri!, body, headers, _clock.Elapsed));
        return await script[Math.Min(call, script.Length - 1)](request, cancellationToken);
    }

    internal sealed record Received(HttpMethod Method, Uri Uri, string? Body, IReadOnlyDictionary<string, string> Headers, TimeSpan At);
}
