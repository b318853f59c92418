// Template: the generator copies the FileDownload region into the FileDownload type of a client whose spec returns
// files. The type line itself is written by the generator, with the spec's accessibility.
namespace OpenApiThreads.Templates
{
    public sealed class FileDownload : global::System.IDisposable, global::System.IAsyncDisposable
    {
        #region FileDownload
        private readonly global::System.Net.Http.HttpResponseMessage _response;

        private FileDownload(global::System.Net.Http.HttpResponseMessage response, global::System.IO.Stream content)
        {
            _response = response;
            Content = content;
        }

        /// <summary>The response body, read from the connection as it is consumed: nothing is buffered.</summary>
        public global::System.IO.Stream Content { get; }

        /// <summary>The media type the server sent, without parameters.</summary>
        public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

        /// <summary>The length the server announced, if it did.</summary>
        public long? ContentLength => _response.Content.Headers.ContentLength;

        /// <summary>
        /// The file name from Content-Disposition, as the server sent it. It is not a safe path: take
        /// <see cref="global::System.IO.Path.GetFileName(string)"/> of it before writing to disk.
        /// </summary>
        public string? FileName
            => _response.Content.Headers.ContentDisposition is { } disposition
                ? disposition.FileNameStar ?? disposition.FileName?.Trim('"')
                : null;

        /// <summary>The HTTP status code of the response.</summary>
        public int StatusCode => (int)_response.StatusCode;

        /// <summary>The response headers (request ids, rate limits), beside <see cref="Content"/>'s own.</summary>
        public global::System.Net.Http.Headers.HttpResponseHeaders Headers => _response.Headers;

        /// <summary>Copies the body to <paramref name="destination"/>, reporting the bytes copied so far.</summary>
        /// <param name="destination">Where the bytes go.</param>
        /// <param name="progress">Told the running total after each block, or null.</param>
        /// <param name="cancellationToken">Stops the copy.</param>
        public async global::System.Threading.Tasks.Task CopyToAsync(global::System.IO.Stream destination, global::System.IProgress<long>? progress = null, global::System.Threading.CancellationToken cancellationToken = default)
        {
            global::System.ArgumentNullException.ThrowIfNull(destination);
            byte[] buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                long total = 0;
                int read;
                while ((read = await Content.ReadAsync(new global::System.Memory<byte>(buffer), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await destination.WriteAsync(new global::System.ReadOnlyMemory<byte>(buffer, 0, read), cancellationToken).ConfigureAwait(false);
                    total += read;
                    progress?.Report(total);
                }
            }
            finally
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>Closes the body and the response.</summary>
        public void Dispose()
        {
            Content.Dispose();
            _response.Dispose();
        }

        /// <summary>Closes the body and the response.</summary>
        public async global::System.Threading.Tasks.ValueTask DisposeAsync()
        {
            await Content.DisposeAsync().ConfigureAwait(false);
            _response.Dispose();
        }

        /// <summary>
        /// Takes over a successful response whose body is a file, read through <paramref name="content"/> (the client
        /// wraps the connection's stream with its idle timeout); the caller disposes the result.
        /// </summary>
        internal static FileDownload Open(global::System.Net.Http.HttpResponseMessage response, global::System.IO.Stream content) => new(response, content);
        #endregion
    }
}
