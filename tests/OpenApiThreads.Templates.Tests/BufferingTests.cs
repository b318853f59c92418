using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Templates;
using Xunit;

namespace OpenApiThreads.Templates.Tests;

/// <summary>How a body is read into memory: once, within its limit, and never into a buffer the connection keeps.</summary>
public sealed class BufferingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_body_arrives_whole_and_the_stream_never_reads_into_the_result(bool announced)
    {
        byte[] body = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        var stream = new RecordingStream(body);

        var (result, length, truncated) = await ApiClientTemplate.TestReadUpToAsync(stream, announced ? body.Length : null, long.MaxValue, Token);

        Assert.False(truncated);
        Assert.Equal(body, result.AsSpan(0, length).ToArray());

        // A pooled connection's socket keeps the last buffer it received into: it must never be the body itself.
        Assert.DoesNotContain(stream.Buffers, buffer => ReferenceEquals(buffer, result));
        Assert.All(stream.Buffers, buffer => Assert.InRange(buffer.Length, 1, 128 * 1024));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_past_the_limit_is_cut_at_it(bool announced)
    {
        byte[] body = new byte[200_000];

        var (_, length, truncated) = await ApiClientTemplate.TestReadUpToAsync(new RecordingStream(body), announced ? body.Length : null, 64 * 1024, Token);

        Assert.True(truncated);
        Assert.Equal(64 * 1024, length);
    }

    /// <summary>A body that records the arrays it was asked to read into.</summary>
    private sealed class RecordingStream(byte[] content) : MemoryStream(content)
    {
        public List<byte[]> Buffers { get; } = [];

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (MemoryMarshal.TryGetArray<byte>(buffer, out ArraySegment<byte> segment))
            {
                Buffers.Add(segment.Array!);
            }

            // Small reads, as a socket gives them.
            return base.ReadAsync(buffer[..Math.Min(buffer.Length, 7000)], cancellationToken);
        }
    }
}
