using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>
/// A misbehaving HTTP/1.1 server on a loopback socket. Kestrel (and any well-behaved server) refuses to send broken
/// status lines, bad chunking or endless headers, so this one writes raw bytes: each request is read, recorded, and
/// answered by the scenario's script, which may stall, truncate or close the connection at will.
/// </summary>
internal sealed class ChaosServer : IAsyncDisposable
{
    private const int MaxRequestHead = 64 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<ChaosExchange, Task> _script;
    private readonly bool _closeOnAccept;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _requests;
    private int _connections;

    public ChaosServer(Func<ChaosExchange, Task> script, bool closeOnAccept = false)
    {
        _script = script;
        _closeOnAccept = closeOnAccept;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The address to give the client, with the /v1/ root the Threads document names.</summary>
    public Uri BaseAddress => new("http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture) + "/v1/");

    /// <summary>Requests read in full (head and body), whatever the script then did.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Every request as received, head and body, to search for secrets.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>Ends every stalled script and closes every connection.</summary>
    public CancellationToken Stopping => _stop.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException or OperationCanceledException)
        {
            // The listener was stopped under the accept.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            if (_closeOnAccept)
            {
                return;
            }

            try
            {
                NetworkStream stream = client.GetStream();
                while (!_stop.IsCancellationRequested)
                {
                    ChaosExchange? exchange = await ReadRequestAsync(stream);
                    if (exchange is null)
                    {
                        return;
                    }

                    await _script(exchange);
                    await stream.FlushAsync(_stop.Token);
                    if (exchange.Closed)
                    {
                        return;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the server is stopping: both are part of the scenarios.
            }
        }
    }

    private async Task<ChaosExchange?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new MemoryStream();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0 || head.Length > MaxRequestHead)
            {
                return null;
            }

            head.WriteByte(one[0]);
        }

        string headText = Encoding.Latin1.GetString(head.ToArray());
        int length = 0;
        foreach (string line in headText.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), CultureInfo.InvariantCulture);
            }
        }

        byte[] body = new byte[length];
        await stream.ReadExactlyAsync(body, _stop.Token);
        string bodyText = Encoding.UTF8.GetString(body);
        Received.Enqueue(headText + bodyText);
        int index = Interlocked.Increment(ref _requests) - 1;
        string[] requestLine = headText.Split("\r\n", 2)[0].Split(' ');
        return new ChaosExchange(stream, index, requestLine[0], requestLine[1], headText, bodyText, _stop.Token);
    }

    private static bool EndsWithBlankLine(MemoryStream head)
    {
        if (head.Length < 4)
        {
            return false;
        }

        byte[] buffer = head.GetBuffer();
        long n = head.Length;
        return buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n';
    }
}
