using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Tests.Files;

/// <summary>Bodies and observers for upload and download tests.</summary>
internal static class TestBytes
{
    /// <summary>Every byte value, in order, <paramref name="rounds"/> times, then a short tail so the length is not a multiple of 256.</summary>
    public static byte[] EveryValue(int rounds)
    {
        var bytes = new byte[(256 * rounds) + 7];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 256);
        }

        return bytes;
    }

    /// <summary>Reads a stream to its end.</summary>
    public static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}

/// <summary>
/// Records every report on the reporting thread. <see cref="Progress{T}"/> would post them to the thread pool, where
/// the last one may arrive after the awaited call has returned.
/// </summary>
internal sealed class RecordingProgress : IProgress<long>
{
    private readonly List<long> _reports = [];

    public IReadOnlyList<long> Reports
    {
        get
        {
            lock (_reports)
            {
                return _reports.ToArray();
            }
        }
    }

    public void Report(long value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}

/// <summary>A forward-only view of a stream, as a network or pipe stream is: no length, no seeking.</summary>
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
