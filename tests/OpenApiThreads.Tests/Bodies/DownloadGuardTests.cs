using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Bodies.Generated;
using Xunit;

namespace OpenApiThreads.Tests.Bodies;

/// <summary>A file download is read through the same guard as an event stream: an idle timeout, and typed failures.</summary>
public sealed class DownloadGuardTests
{
    [Fact]
    public async Task A_download_that_stops_sending_times_out_instead_of_hanging()
    {
        var client = new BodiesClient(new HttpClient(new StallingHandler()), new BodiesClientOptions { BaseAddress = new Uri("http://127.0.0.1/"), StreamIdleTimeout = TimeSpan.FromMilliseconds(200) });

        using Generated.FileDownload download = await client.PutBlobAsync("x", new Generated.FileUpload([1, 2, 3]), cancellationToken: TestContext.Current.CancellationToken);
        var exception = await Assert.ThrowsAsync<TimeoutException>(() => download.CopyToAsync(Stream.Null, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("putBlob", exception.Message, StringComparison.Ordinal);
        Assert.Contains("StreamIdleTimeout", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Answers with headers and four bytes, then sends nothing more until cancelled.</summary>
    private sealed class StallingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) });
    }

    private sealed class StallingStream : Stream
    {
        private bool _sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sent)
            {
                _sent = true;
                buffer.Span[..4].Fill(7);
                return 4;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("async only");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
