// Template: the generator copies the Buffering region into every client's Transport file: a body read once, under a
// size limit, into one array that nothing keeps after the call.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Buffering
        /// <summary>How much of an error body is kept: enough for any error JSON, and for the exception's ResponseBody.</summary>
        private const int ErrorBodyLimit = 64 * 1024;

        /// <summary>
        /// Replaces the response's content with its bytes, read under <paramref name="cancellationToken"/> (the
        /// attempt's deadline). A success body larger than the limit is refused, before reading when its length is
        /// announced; an error body is cut at <see cref="ErrorBodyLimit"/> and the rest left unread.
        /// </summary>
        private async global::System.Threading.Tasks.Task BufferAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken)
        {
            long limit = global::System.Math.Min(_options.MaxResponseBytes ?? long.MaxValue, _httpClient.MaxResponseContentBufferSize);
            bool error = !response.IsSuccessStatusCode;
            long keep = error ? global::System.Math.Min(limit, ErrorBodyLimit) : limit;
            global::System.Net.Http.HttpContent original = response.Content;
            long? announced = original.Headers.ContentLength;
            if (!error && announced > limit)
            {
                throw TooLarge(operationId, response, limit);
            }

            byte[] body;
            int length;
            bool truncated;
            using (global::System.IO.Stream stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
            using (var guarded = new ResponseStream(stream, operationId, global::System.Threading.Timeout.InfiniteTimeSpan, lineLimit: 0))
            {
                (body, length, truncated) = await ReadUpToAsync(guarded, announced, keep, cancellationToken).ConfigureAwait(false);
            }

            if (truncated && !error)
            {
                throw TooLarge(operationId, response, limit);
            }

            var content = new BufferedContent(body, length, truncated ? announced ?? -1 : length);
            foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Net.Http.Headers.HeaderStringValues> header in original.Headers.NonValidated)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            original.Dispose();
            response.Content = content;
        }

        /// <summary>
        /// Up to <paramref name="keep"/> bytes. An announced length gets one array of exactly that size; otherwise the
        /// body is gathered in pooled chunks and copied once, so the peak is at most twice the body and the pool keeps
        /// only small chunks (a rented 200 MB array would stay in ArrayPool after the call). The socket is only ever
        /// given a pooled chunk to read into: a pooled connection's socket keeps the last buffer it received into, and
        /// that must not be the whole body.
        /// </summary>
        private static async global::System.Threading.Tasks.Task<(byte[] Body, int Length, bool Truncated)> ReadUpToAsync(global::System.IO.Stream stream, long? announced, long keep, global::System.Threading.CancellationToken cancellationToken)
        {
            const int ChunkSize = 64 * 1024;
            long cap = global::System.Math.Min(keep, int.MaxValue - 64);
            byte[]? exact = announced is { } length && length <= cap ? new byte[length] : null;
            var chunks = new global::System.Collections.Generic.List<byte[]>();
            long total = 0;
            try
            {
                while (true)
                {
                    byte[] chunk = global::System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize);
                    chunks.Add(chunk);
                    int filled = 0;
                    int read = 0;
                    while (filled < ChunkSize && (read = await stream.ReadAsync(global::System.MemoryExtensions.AsMemory(chunk, filled, ChunkSize - filled), cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        filled += read;
                    }

                    if (exact is not null)
                    {
                        // Known length: copy straight into the result and reuse the one chunk.
                        int count = (int)global::System.Math.Min(filled, exact.Length - total);
                        global::System.Buffer.BlockCopy(chunk, 0, exact, (int)total, count);
                        total += count;
                        chunks.Clear();
                        global::System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
                        if (read == 0 || filled < ChunkSize || total >= exact.Length)
                        {
                            return (exact, (int)total, false);
                        }

                        continue;
                    }

                    total += filled;
                    if (total > cap)
                    {
                        return (Gather(chunks, (int)cap), (int)cap, true);
                    }

                    if (read == 0 || filled < ChunkSize)
                    {
                        return (Gather(chunks, (int)total), (int)total, false);
                    }
                }
            }
            finally
            {
                foreach (byte[] chunk in chunks)
                {
                    global::System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
                }
            }
        }

        private static byte[] Gather(global::System.Collections.Generic.List<byte[]> chunks, int length)
        {
            byte[] body = new byte[length];
            int offset = 0;
            foreach (byte[] chunk in chunks)
            {
                int count = global::System.Math.Min(chunk.Length, length - offset);
                if (count <= 0)
                {
                    break;
                }

                global::System.Buffer.BlockCopy(chunk, 0, body, offset, count);
                offset += count;
            }

            return body;
        }

        private static global::System.Net.Http.HttpRequestException TooLarge(string operationId, global::System.Net.Http.HttpResponseMessage response, long limit)
            => new(global::System.Net.Http.HttpRequestError.ConfigurationLimitExceeded, operationId + " answered " + (int)response.StatusCode + " with a body over the " + limit + "-byte limit (MaxResponseBytes, or HttpClient.MaxResponseContentBufferSize); it was not read further.", null, response.StatusCode);

        /// <summary>A body as text for an exception, with a note when only its start was kept.</summary>
        private static string BodyText(byte[] bytes, int length, long fullLength)
        {
            string text = global::System.Text.Encoding.UTF8.GetString(bytes, 0, length);
            return fullLength == length ? text
                : text + "… [cut at " + length + " bytes of " + (fullLength < 0 ? "more" : fullLength.ToString(global::System.Globalization.CultureInfo.InvariantCulture)) + "]";
        }

        /// <summary>A body already read: its bytes, and its full length when only part was kept (-1 when unknown).</summary>
        private sealed class BufferedContent : global::System.Net.Http.HttpContent
        {
            public BufferedContent(byte[] bytes, int length, long fullLength)
            {
                Bytes = bytes;
                Length = length;
                FullLength = fullLength;
            }

            public byte[] Bytes { get; }

            public int Length { get; }

            public long FullLength { get; }

            public bool IsTruncated => FullLength != Length;

            public global::System.ReadOnlySpan<byte> Span => new(Bytes, 0, Length);

            public string Text() => BodyText(Bytes, Length, FullLength);

            protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context)
                => stream.WriteAsync(Bytes, 0, Length);

            protected override bool TryComputeLength(out long length)
            {
                length = Length;
                return true;
            }
        }
        #endregion
    }
}
