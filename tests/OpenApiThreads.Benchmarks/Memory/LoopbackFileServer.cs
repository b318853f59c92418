using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Benchmarks.Memory;

/// <summary>
/// Answers every request on a loopback socket with the same bytes, so a large response crosses a real connection
/// (the client's buffering is what is measured; an in-memory handler would hand the body over already buffered).
/// </summary>
internal sealed class LoopbackFileServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[] _head;
    private readonly byte[] _body;
    private readonly CancellationTokenSource _stop = new();

    public LoopbackFileServer(byte[] body)
    {
        _body = body;
        _head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.Length + "\r\n\r\n");
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public Uri BaseAddress => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/v1/");

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            NetworkStream stream = client.GetStream();
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    // Requests here carry no body: the head ends the request.
                    int matched = 0;
                    while (matched < 4)
                    {
                        int read = await stream.ReadAsync(buffer.AsMemory(0, 1), _stop.Token);
                        if (read == 0)
                        {
                            return;
                        }

                        matched = buffer[0] == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (buffer[0] == '\r' ? 1 : 0);
                    }

                    await stream.WriteAsync(_head, _stop.Token);
                    await stream.WriteAsync(_body, _stop.Token);
                }
            }
            catch (Exception exception) when (exception is System.IO.IOException or OperationCanceledException or SocketException)
            {
                // The client hung up or the server is stopping.
            }
        }
    }
}
