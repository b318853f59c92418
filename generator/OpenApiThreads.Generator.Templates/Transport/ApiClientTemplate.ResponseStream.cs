// Template: the generator copies the ResponseStream region into every client's Transport file.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region ResponseStream
        /// <summary>
        /// A response body with the guards the network does not give: each read must bring something within the idle
        /// timeout, a line (for event streams) may not grow past a limit, and a dropped or garbled connection is an
        /// <see cref="global::System.Net.Http.HttpRequestException"/> naming the operation, as it is before the
        /// headers, never a raw IOException.
        /// </summary>
        private sealed class ResponseStream : global::System.IO.Stream
        {
            private readonly global::System.IO.Stream _inner;
            private readonly string _operationId;
            private readonly global::System.TimeSpan _idleTimeout;
            private readonly int _lineLimit;
            private int _lineLength;

            public ResponseStream(global::System.IO.Stream inner, string operationId, global::System.TimeSpan idleTimeout, int lineLimit)
            {
                _inner = inner;
                _operationId = operationId;
                _idleTimeout = idleTimeout;
                _lineLimit = lineLimit;
            }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new global::System.NotSupportedException();

            public override long Position
            {
                get => throw new global::System.NotSupportedException();
                set => throw new global::System.NotSupportedException();
            }

            public override async global::System.Threading.Tasks.ValueTask<int> ReadAsync(global::System.Memory<byte> buffer, global::System.Threading.CancellationToken cancellationToken = default)
            {
                global::System.Threading.CancellationTokenSource? idle = null;
                try
                {
                    if (_idleTimeout != global::System.Threading.Timeout.InfiniteTimeSpan)
                    {
                        idle = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        idle.CancelAfter(_idleTimeout);
                    }

                    int read = await _inner.ReadAsync(buffer, idle?.Token ?? cancellationToken).ConfigureAwait(false);
                    return Checked(buffer.Span.Slice(0, read));
                }
                catch (global::System.OperationCanceledException exception) when (idle is not null && !cancellationToken.IsCancellationRequested)
                {
                    throw new global::System.TimeoutException(_operationId + " received nothing for " + _idleTimeout.ToString() + " (StreamIdleTimeout) in the middle of its response.", exception);
                }
                catch (global::System.IO.IOException exception)
                {
                    throw Dropped(exception);
                }
                finally
                {
                    idle?.Dispose();
                }
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                try
                {
                    return Checked(new global::System.ReadOnlySpan<byte>(buffer, offset, _inner.Read(buffer, offset, count)));
                }
                catch (global::System.IO.IOException exception)
                {
                    throw Dropped(exception);
                }
            }

            public override global::System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, global::System.Threading.CancellationToken cancellationToken)
                => ReadAsync(global::System.MemoryExtensions.AsMemory(buffer, offset, count), cancellationToken).AsTask();

            public override void Flush()
            {
            }

            public override long Seek(long offset, global::System.IO.SeekOrigin origin) => throw new global::System.NotSupportedException();

            public override void SetLength(long value) => throw new global::System.NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new global::System.NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _inner.Dispose();
                }

                base.Dispose(disposing);
            }

            /// <summary>Counts the bytes since the last line break; a line past the limit is refused, not buffered.</summary>
            private int Checked(global::System.ReadOnlySpan<byte> read)
            {
                if (_lineLimit > 0)
                {
                    int lastBreak = global::System.MemoryExtensions.LastIndexOfAny(read, (byte)'\n', (byte)'\r');
                    _lineLength = lastBreak < 0 ? _lineLength + read.Length : read.Length - lastBreak - 1;
                    if (_lineLength > _lineLimit)
                    {
                        throw new global::System.Net.Http.HttpRequestException(global::System.Net.Http.HttpRequestError.ConfigurationLimitExceeded, _operationId + " sent a line longer than " + _lineLimit + " bytes in its event stream; the stream was closed.");
                    }
                }

                return read.Length;
            }

            private global::System.Net.Http.HttpRequestException Dropped(global::System.IO.IOException exception)
                => new(
                    exception is global::System.Net.Http.HttpIOException http ? http.HttpRequestError : global::System.Net.Http.HttpRequestError.ResponseEnded,
                    _operationId + "'s response broke off: " + exception.Message,
                    exception);
        }
        #endregion
    }
}
