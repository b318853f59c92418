// Template: the generator copies the Responses region into every client's Transport file.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Responses
        /// <summary>Reads a success body; a body that is not the declared JSON becomes an exception that says so.</summary>
        private async global::System.Threading.Tasks.Task<T> ReadResponseAsync<T>(global::System.Net.Http.HttpResponseMessage response, string operationId, string typeName, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, global::OpenApiThreads.Templates.ApiJsonContextTemplate.FastReader<T>? fastRead, global::System.Threading.CancellationToken cancellationToken)
        {
            // SendAsync has read the body within the attempt; a response from elsewhere is read the same way here.
            if (response.Content is not BufferedContent)
            {
                await BufferAsync(response, operationId, cancellationToken).ConfigureAwait(false);
            }

            var buffered = (BufferedContent)response.Content;
            T? value;
            try
            {
                // One array, parsed in place: no copy, and nothing pooled that would outlive the call.
                value = fastRead is not null && global::OpenApiThreads.Templates.ApiJsonContextTemplate.UsesOwnOptions(typeInfo.Options)
                    ? global::OpenApiThreads.Templates.ApiJsonContextTemplate.ReadDocument(buffered.Span, fastRead, typeInfo)
                    : global::System.Text.Json.JsonSerializer.Deserialize(buffered.Span, typeInfo);
            }
            catch (global::System.Text.Json.JsonException exception)
            {
                throw await MalformedAsync(response, operationId, "a body that is not a valid " + typeName + ": " + exception.Message, exception, cancellationToken).ConfigureAwait(false);
            }

            return value ?? throw await MalformedAsync(response, operationId, "JSON null where a " + typeName + " was expected.", null, cancellationToken).ConfigureAwait(false);
        }

        private async global::System.Threading.Tasks.Task<global::OpenApiThreads.Templates.ApiExceptionTemplate> MalformedAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, string what, global::System.Exception? inner, global::System.Threading.CancellationToken cancellationToken)
        {
            string body = await BodyTextAsync(response, operationId, cancellationToken).ConfigureAwait(false);
            return new global::OpenApiThreads.Templates.ApiExceptionTemplate(operationId + " answered " + (int)response.StatusCode + " with " + what, (int)response.StatusCode, body, global::OpenApiThreads.Templates.ApiExceptionTemplate.CopyHeaders(response), inner)
            { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, IsMalformedResponse = true };
        }

        /// <summary>
        /// The body as text for an exception: at most <see cref="ErrorBodyLimit"/> bytes, with a note when cut. A
        /// body not yet read (a stream's) is read only that far, each read within the stream's idle timeout.
        /// </summary>
        private async global::System.Threading.Tasks.Task<string> BodyTextAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken)
        {
            if (response.Content is BufferedContent buffered)
            {
                return buffered.Text();
            }

            global::System.IO.Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var guarded = new ResponseStream(stream, operationId, _options.StreamIdleTimeout, lineLimit: 0);
            (byte[] bytes, int length, bool truncated) = await ReadUpToAsync(guarded, response.Content.Headers.ContentLength, ErrorBodyLimit, cancellationToken).ConfigureAwait(false);
            return BodyText(bytes, length, truncated ? response.Content.Headers.ContentLength ?? -1 : length);
        }

        /// <summary>Turns a non-success response into an exception carrying the status, the parsed error and the raw body.</summary>
        private async global::System.Threading.Tasks.Task EnsureSuccessAsync<TError>(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> errorInfo, global::System.Func<TError, string?> messageOf, global::System.Func<int, bool, string?>? describe, global::System.Threading.CancellationToken cancellationToken)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (response.Content is not BufferedContent)
            {
                await BufferAsync(response, operationId, cancellationToken).ConfigureAwait(false);
            }

            string body = await BodyTextAsync(response, operationId, cancellationToken).ConfigureAwait(false);
            TError? error = default;
            try
            {
                // A cut body is not the whole JSON: keep it as text rather than misread it.
                error = response.Content is not BufferedContent { IsTruncated: false, Length: > 0 } complete ? default : global::System.Text.Json.JsonSerializer.Deserialize(complete.Span, errorInfo);
            }
            catch (global::System.Text.Json.JsonException)
            {
                // Not the declared error shape (a proxy's HTML page, say): the raw body still reaches the caller.
            }

            string? serverMessage = error is null ? null : messageOf(error);
            string message = FailureMessage(response, operationId, describe, serverMessage);
            if (error is not null)
            {
                throw new global::OpenApiThreads.Templates.ApiExceptionTemplate<TError>(message, (int)response.StatusCode, body, global::OpenApiThreads.Templates.ApiExceptionTemplate.CopyHeaders(response), error)
                { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, ServerMessage = serverMessage };
            }

            throw new global::OpenApiThreads.Templates.ApiExceptionTemplate(message, (int)response.StatusCode, body, global::OpenApiThreads.Templates.ApiExceptionTemplate.CopyHeaders(response))
            { OperationId = operationId, ReasonPhrase = response.ReasonPhrase };
        }

        /// <summary>
        /// Turns a non-success response of an operation without an error schema into an exception. An RFC 9457
        /// <c>application/problem+json</c> body is read: its detail (else title) is the server's message.
        /// </summary>
        private async global::System.Threading.Tasks.Task EnsureSuccessAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Func<int, bool, string?>? describe, global::System.Threading.CancellationToken cancellationToken)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (response.Content is not BufferedContent)
            {
                await BufferAsync(response, operationId, cancellationToken).ConfigureAwait(false);
            }

            string body = await BodyTextAsync(response, operationId, cancellationToken).ConfigureAwait(false);
            global::System.Text.Json.JsonElement? problem = IsProblem(response) ? ReadProblem(body) : null;
            string? serverMessage = ProblemString(problem, "detail") ?? ProblemString(problem, "title");
            throw new global::OpenApiThreads.Templates.ApiExceptionTemplate(FailureMessage(response, operationId, describe, serverMessage), (int)response.StatusCode, body, global::OpenApiThreads.Templates.ApiExceptionTemplate.CopyHeaders(response))
            { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, ServerMessage = serverMessage, Problem = problem };
        }

        private static bool IsProblem(global::System.Net.Http.HttpResponseMessage response)
            => string.Equals(response.Content.Headers.ContentType?.MediaType, "application/problem+json", global::System.StringComparison.OrdinalIgnoreCase);

        /// <summary>The problem details object, or null when the body is not a JSON object.</summary>
        private static global::System.Text.Json.JsonElement? ReadProblem(string body)
        {
            try
            {
                using global::System.Text.Json.JsonDocument document = global::System.Text.Json.JsonDocument.Parse(body);
                return document.RootElement.ValueKind == global::System.Text.Json.JsonValueKind.Object ? document.RootElement.Clone() : null;
            }
            catch (global::System.Text.Json.JsonException)
            {
                return null;
            }
        }

        private static string? ProblemString(global::System.Text.Json.JsonElement? problem, string member)
            => problem is { } value && value.TryGetProperty(member, out global::System.Text.Json.JsonElement found) && found.ValueKind == global::System.Text.Json.JsonValueKind.String ? found.GetString() : null;

        /// <summary>
        /// "getPetById failed with HTTP 404 (Not Found): Pet not found. The server said: …". The document's description
        /// for the status (or its range) comes first; its <c>default</c> description only when the server said nothing.
        /// </summary>
        private static string FailureMessage(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Func<int, bool, string?>? describe, string? serverMessage)
        {
            bool serverSaid = !string.IsNullOrEmpty(serverMessage);
            string? described = describe?.Invoke((int)response.StatusCode, serverSaid)?.TrimEnd('.');
            string head = operationId + " failed with HTTP " + (int)response.StatusCode + " (" + response.ReasonPhrase + ")";
            return (string.IsNullOrEmpty(described), serverSaid) switch
            {
                (true, false) => head + ".",
                (true, true) => head + ": " + serverMessage,
                (false, false) => head + ": " + described + ".",
                _ => head + ": " + described + ". The server said: " + serverMessage,
            };
        }

        /// <summary>
        /// Remembers a page cursor. One seen before means the pages go round in a circle (A, B, A…) and would never
        /// end; the set is bounded, so only a cycle longer than <see cref="MaxCursorsRemembered"/> pages goes unseen.
        /// </summary>
        private static void RememberCursor(global::System.Collections.Generic.HashSet<string> seen, string cursor, string operationId)
        {
            if (seen.Count < MaxCursorsRemembered ? seen.Add(cursor) : !seen.Contains(cursor))
            {
                return;
            }

            throw new global::OpenApiThreads.Templates.ApiExceptionTemplate(operationId + " returned the page cursor '" + cursor + "' a second time: the pages go round in a circle, so paging stopped.", 200, null, new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>())
            { OperationId = operationId, IsMalformedResponse = true };
        }

        private const int MaxCursorsRemembered = 100_000;
        #endregion
    }
}
