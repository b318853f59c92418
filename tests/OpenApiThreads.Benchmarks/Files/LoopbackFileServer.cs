using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Benchmarks.Files;

/// <summary>
/// A minimal HTTP/1.1 server on loopback for the transfer benchmarks: <c>POST /v1/files</c> reads the body and throws
/// it away, then answers with a file object; <c>GET /v1/files/{id}/content</c> sends <see cref="DownloadBytes"/> bytes.
/// One fixed 64 KiB buffer per connection, so the server adds almost nothing to the process's working set, which is
/// what the benchmarks measure for the client (Kestrel in the same process would add its own pools).
/// </summary>
internal sealed class LoopbackFileServer : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public LoopbackFileServer(long downloadBytes)
    {
        DownloadBytes = downloadBytes;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    public long DownloadBytes { get; }

    /// <summary>The body bytes of the last upload, to check that all of it arrived.</summary>
    public long LastUploadBytes { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket = await _listener.AcceptSocketAsync(_stop.Token);
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            byte[] buffer = new byte[BufferSize];
            try
            {
                while (await ReadHeadAsync(socket, buffer) is { } head)
                {
                    if (head.Method == "POST")
                    {
                        long remaining = head.ContentLength - head.BodyBytesRead;
                        while (remaining > 0)
                        {
                            int read = await socket.ReceiveAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), _stop.Token);
                            if (read == 0)
                            {
                                return;
                            }

                            remaining -= read;
                        }

                        LastUploadBytes = head.ContentLength;
                        string json = string.Create(CultureInfo.InvariantCulture,
                            $$"""{"id":"file-bench","object":"file","bytes":{{head.ContentLength}},"created_at":1,"filename":"upload.bin","purpose":"assistants","status":"processed"}""");
                        await SendAsync(socket, "200 OK", "application/json", Encoding.UTF8.GetByteCount(json), Encoding.UTF8.GetBytes(json));
                    }
                    else
                    {
                        await SendAsync(socket, "200 OK", "application/octet-stream", DownloadBytes, null);
                        Array.Fill(buffer, (byte)0x5A);
                        for (long left = DownloadBytes; left > 0; left -= BufferSize)
                        {
                            await socket.SendAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, left)), _stop.Token);
                        }
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task SendAsync(Socket socket, string status, string contentType, long contentLength, byte[]? body)
    {
        string head = string.Create(CultureInfo.InvariantCulture,
            $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength}\r\nContent-Disposition: attachment; filename=\"download.bin\"\r\n\r\n");
        await socket.SendAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
        if (body is not null)
        {
            await socket.SendAsync(body, _stop.Token);
        }
    }

    /// <summary>Reads up to the blank line after the headers; body bytes read with them are counted, not kept.</summary>
    private async Task<RequestHead?> ReadHeadAsync(Socket socket, byte[] buffer)
    {
        int length = 0;
        while (true)
        {
            int read = await socket.ReceiveAsync(buffer.AsMemory(length), _stop.Token);
            if (read == 0)
            {
                return null;
            }

            length += read;
            int end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end < 0)
            {
                if (length == buffer.Length)
                {
                    throw new InvalidOperationException("request head larger than the buffer");
                }

                continue;
            }

            string text = Encoding.ASCII.GetString(buffer, 0, end);
            string method = text[..text.IndexOf(' ', StringComparison.Ordinal)];
            long contentLength = 0;
            foreach (string line in text.Split("\r\n"))
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    contentLength = long.Parse(line.AsSpan("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException("chunked bodies are not handled: the benchmark's uploads have a length");
                }
            }

            return new RequestHead(method, contentLength, length - (end + 4));
        }
    }

    private sealed record RequestHead(string Method, long ContentLength, long BodyBytesRead);
}
