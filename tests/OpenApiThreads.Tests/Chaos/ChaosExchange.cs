using System;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>One request the chaos server read, and the raw means to answer it badly.</summary>
internal sealed class ChaosExchange(NetworkStream stream, int index, string method, string target, string head, string body, CancellationToken stopping)
{
    /// <summary>0 for the first request the server saw, 1 for the next (a retry, a redirect, a page), and so on.</summary>
    public int Index { get; } = index;

    public string Method { get; } = method;

    /// <summary>The request target as sent, for example <c>/v1/threads/thread_1?after=msg_2</c>.</summary>
    public string Target { get; } = target;

    public string Head { get; } = head;

    public string Body { get; } = body;

    /// <summary>Set once the script closed the connection, so the server stops reading from it.</summary>
    public bool Closed { get; private set; }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(byte[] bytes)
    {
        await stream.WriteAsync(bytes, stopping);
        await stream.FlushAsync(stopping);
    }

    /// <summary>A complete, well-formed answer.</summary>
    public Task RespondAsync(int status, string body, string contentType = "application/json", string extraHeaders = "")
        => WriteAsync("HTTP/1.1 " + status + " Chaos\r\nContent-Type: " + contentType + "\r\nContent-Length: " + Encoding.UTF8.GetByteCount(body) + "\r\n" + extraHeaders + "\r\n" + body);

    /// <summary>Waits until the server stops: a stall no amount of patience on the client's side ends.</summary>
    public Task StallAsync() => Task.Delay(Timeout.Infinite, stopping).ContinueWith(static _ => { }, TaskScheduler.Default);

    public void Close()
    {
        Closed = true;
        stream.Socket.Close(0);
    }

    public static byte[] Gzip(string text)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
