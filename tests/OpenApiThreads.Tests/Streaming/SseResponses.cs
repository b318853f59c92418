using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Tests.Streaming;

/// <summary>Canned <c>text/event-stream</c> answers, including ones that stall, break or record their disposal.</summary>
internal static class SseResponses
{
    public const string Run = """{"id":"run_1","object":"thread.run","created_at":1699063290,"assistant_id":"asst_1","thread_id":"thread_1","status":"queued","started_at":null,"expires_at":null,"cancelled_at":null,"failed_at":null,"completed_at":null,"last_error":null,"model":"gpt-4o","instructions":null,"tools":[],"metadata":{},"incomplete_details":null,"usage":null,"temperature":1,"top_p":1,"max_prompt_tokens":null,"max_completion_tokens":null,"truncation_strategy":{"type":"auto","last_messages":null},"response_format":"auto","tool_choice":"auto","parallel_tool_calls":true,"required_action":null}""";

    public static string Frame(string name, string data) => "event: " + name + "\ndata: " + data + "\n\n";

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Events(string body)
        => (_, _) => Task.FromResult(Response(new MemoryStream(Encoding.UTF8.GetBytes(body))));

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Stream(Stream body)
        => (_, _) => Task.FromResult(Response(body));

    public static HttpResponseMessage Response(Stream body)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}

/// <summary>
/// A response body that hands out a fixed prefix, then either waits for the reader's token or fails, and
/// remembers whether it was disposed (the connection closed).
/// </summary>
internal sealed class ScriptedStream(string prefix, bool failAfterPrefix) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private int _position;

    public bool Disposed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < _prefix.Length)
        {
            int count = Math.Min(buffer.Length, _prefix.Length - _position);
            _prefix.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        if (failAfterPrefix)
        {
            throw new IOException("The connection was reset (fault injected).");
        }

        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
