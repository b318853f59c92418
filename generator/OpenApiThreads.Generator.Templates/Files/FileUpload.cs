// Template: the generator copies the FileUpload region into the FileUpload type of a client whose spec sends files
// (multipart parts or binary bodies). The type line itself is written by the generator, with the spec's accessibility.
namespace OpenApiThreads.Templates
{
    public sealed class FileUpload
    {
        #region FileUpload
        private const int BufferSize = 81920;
        private readonly global::System.IO.Stream? _stream;
        private readonly byte[]? _bytes;
        private readonly bool _ownsStream;
        private readonly long _start;
        private bool _read;

        /// <summary>A file read from <paramref name="content"/> while the request is sent; the stream stays the caller's to dispose.</summary>
        /// <param name="content">The bytes to send, from the stream's current position. A seekable stream can be resent on a retry.</param>
        /// <param name="fileName">The name sent in the part's Content-Disposition; the part's own name when null.</param>
        /// <param name="contentType">The part's or body's Content-Type; the spec's, or application/octet-stream, when null.</param>
        public FileUpload(global::System.IO.Stream content, string? fileName = null, string? contentType = null)
            : this(content ?? throw new global::System.ArgumentNullException(nameof(content)), null, fileName, contentType, ownsStream: false)
        {
        }

        /// <summary>A file whose bytes are already in memory.</summary>
        /// <param name="content">The bytes to send.</param>
        /// <param name="fileName">The name sent in the part's Content-Disposition; the part's own name when null.</param>
        /// <param name="contentType">The part's or body's Content-Type; the spec's, or application/octet-stream, when null.</param>
        public FileUpload(byte[] content, string? fileName = null, string? contentType = null)
            : this(null, content ?? throw new global::System.ArgumentNullException(nameof(content)), fileName, contentType, ownsStream: false)
        {
        }

        private FileUpload(global::System.IO.Stream? stream, byte[]? bytes, string? fileName, string? contentType, bool ownsStream)
        {
            _stream = stream;
            _bytes = bytes;
            _ownsStream = ownsStream;
            _start = stream is { CanSeek: true } ? stream.Position : 0;
            FileName = fileName;
            ContentType = contentType;
        }

        /// <summary>Opens a file on disk, named as it is there. It is read as the request is sent, never loaded whole, and closed after.</summary>
        /// <param name="path">The file to send.</param>
        /// <param name="contentType">The Content-Type to send; the spec's, or application/octet-stream, when null.</param>
        public static FileUpload FromFile(string path, string? contentType = null)
        {
            var stream = new global::System.IO.FileStream(path, global::System.IO.FileMode.Open, global::System.IO.FileAccess.Read, global::System.IO.FileShare.Read, BufferSize, global::System.IO.FileOptions.Asynchronous | global::System.IO.FileOptions.SequentialScan);
            return new FileUpload(stream, null, global::System.IO.Path.GetFileName(path), contentType, ownsStream: true);
        }

        /// <summary>The name sent in Content-Disposition.</summary>
        public string? FileName { get; }

        /// <summary>The Content-Type sent with the bytes, or null for the spec's.</summary>
        public string? ContentType { get; }

        /// <summary>The number of bytes that will be sent, when it is known without reading them.</summary>
        public long? Length => _bytes is not null ? _bytes.Length : _stream!.CanSeek ? _stream.Length - _start : null;

        /// <summary>The file as request content, streamed when it is sent.</summary>
        internal global::System.Net.Http.HttpContent ToContent(string defaultContentType)
        {
            var content = new UploadContent(this);
            content.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(ContentType ?? defaultContentType);
            return content;
        }

        /// <summary>Reports the bytes of <paramref name="content"/> written so far, when there is someone to tell.</summary>
        internal static global::System.Net.Http.HttpContent WithProgress(global::System.Net.Http.HttpContent content, global::System.IProgress<long>? progress)
            => progress is null ? content : new ProgressContent(content, progress);

        private async global::System.Threading.Tasks.Task WriteToAsync(global::System.IO.Stream target, global::System.Threading.CancellationToken cancellationToken)
        {
            if (_bytes is not null)
            {
                await target.WriteAsync(_bytes, cancellationToken).ConfigureAwait(false);
                return;
            }

            // A retry sends the same bytes again: rewind a seekable stream; a forward-only one cannot be sent twice.
            if (_stream!.CanSeek)
            {
                _stream.Position = _start;
            }
            else if (_read)
            {
                throw new global::System.InvalidOperationException("The upload stream was already sent and cannot be read again; pass a seekable stream, bytes or a file to allow a retry.");
            }

            _read = true;
            await _stream.CopyToAsync(target, BufferSize, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Streams the file into the request; disposes only a stream this type opened itself.</summary>
        private sealed class UploadContent : global::System.Net.Http.HttpContent
        {
            private readonly FileUpload _file;

            public UploadContent(FileUpload file) => _file = file;

            protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context)
                => _file.WriteToAsync(stream, global::System.Threading.CancellationToken.None);

            protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context, global::System.Threading.CancellationToken cancellationToken)
                => _file.WriteToAsync(stream, cancellationToken);

            protected override bool TryComputeLength(out long length)
            {
                length = _file.Length ?? 0;
                return _file.Length.HasValue;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing && _file._ownsStream)
                {
                    _file._stream!.Dispose();
                }

                base.Dispose(disposing);
            }
        }

        /// <summary>Wraps request content and counts the bytes written to the connection.</summary>
        private sealed class ProgressContent : global::System.Net.Http.HttpContent
        {
            private readonly global::System.Net.Http.HttpContent _inner;
            private readonly global::System.IProgress<long> _progress;

            public ProgressContent(global::System.Net.Http.HttpContent inner, global::System.IProgress<long> progress)
            {
                _inner = inner;
                _progress = progress;
                foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in inner.Headers)
                {
                    Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context)
                => _inner.CopyToAsync(new CountingStream(stream, _progress));

            protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context, global::System.Threading.CancellationToken cancellationToken)
                => _inner.CopyToAsync(new CountingStream(stream, _progress), cancellationToken);

            protected override bool TryComputeLength(out long length)
            {
                length = _inner.Headers.ContentLength ?? 0;
                return _inner.Headers.ContentLength.HasValue;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }

        /// <summary>A write-only view of the connection that reports the running total after each write.</summary>
        private sealed class CountingStream : global::System.IO.Stream
        {
            private readonly global::System.IO.Stream _target;
            private readonly global::System.IProgress<long> _progress;
            private long _written;

            public CountingStream(global::System.IO.Stream target, global::System.IProgress<long> progress)
            {
                _target = target;
                _progress = progress;
            }

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new global::System.NotSupportedException();

            public override long Position
            {
                get => _written;
                set => throw new global::System.NotSupportedException();
            }

            public override void Flush() => _target.Flush();

            public override global::System.Threading.Tasks.Task FlushAsync(global::System.Threading.CancellationToken cancellationToken) => _target.FlushAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => throw new global::System.NotSupportedException();

            public override long Seek(long offset, global::System.IO.SeekOrigin origin) => throw new global::System.NotSupportedException();

            public override void SetLength(long value) => throw new global::System.NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count)
            {
                _target.Write(buffer, offset, count);
                Report(count);
            }

            public override async global::System.Threading.Tasks.ValueTask WriteAsync(global::System.ReadOnlyMemory<byte> buffer, global::System.Threading.CancellationToken cancellationToken = default)
            {
                await _target.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                Report(buffer.Length);
            }

            public override global::System.Threading.Tasks.Task WriteAsync(byte[] buffer, int offset, int count, global::System.Threading.CancellationToken cancellationToken)
                => WriteAsync(new global::System.ReadOnlyMemory<byte>(buffer, offset, count), cancellationToken).AsTask();

            private void Report(int count)
            {
                _written += count;
                _progress.Report(_written);
            }
        }
        #endregion
    }
}
