// Template: the generator copies the Requests region into every client's Transport file, with the placeholder names
// replaced (see Emit/Templates in the generator). Credentials are added after CreateRequest, per operation.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Requests
        private global::System.Net.Http.HttpRequestMessage CreateRequest(global::System.Net.Http.HttpMethod method, string relativeUri, string? accept, string? server = null)
        {
            string root = BaseAddressFor(server).AbsoluteUri;
            var request = new global::System.Net.Http.HttpRequestMessage(method, new global::System.Uri(root.EndsWith('/') ? root + relativeUri : root + "/" + relativeUri, global::System.UriKind.Absolute));
            if (accept is not null)
            {
                // A constant the generator wrote: no need to parse it on every request.
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            if (!string.IsNullOrEmpty(_options.UserAgent))
            {
                SetHeader(request, "User-Agent", _options.UserAgent!);
            }

            foreach (global::System.Collections.Generic.KeyValuePair<string, string> header in _options.DefaultHeaders)
            {
                SetHeader(request, header.Key, header.Value);
            }

            // The auth lines may set a header without SetHeader (Authorization): check every value once, before sending.
            foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Net.Http.Headers.HeaderStringValues> header in request.Headers.NonValidated)
            {
                foreach (string value in header.Value)
                {
                    RefuseControlCharacters(header.Key, value);
                }
            }

            return request;
        }

        /// <summary>
        /// Where requests go, first match wins: the options' <c>BaseAddress</c>; the <c>HttpClient</c>'s own
        /// <c>BaseAddress</c> (as <c>IHttpClientFactory</c>'s <c>ConfigureHttpClient</c> sets it); the server the
        /// operation or its path names; the document's server, its variables taken from the options. An explicit
        /// address replaces every server of the document, so a mock or a proxy receives every call.
        /// </summary>
        private global::System.Uri BaseAddressFor(string? operationServer)
        {
            global::System.Uri? configured = _options.BaseAddress ?? _httpClient.BaseAddress;
            if (operationServer is not null && configured is null && operationServer.Contains("://", global::System.StringComparison.Ordinal))
            {
                return new global::System.Uri(operationServer, global::System.UriKind.Absolute);
            }

            global::System.Uri root = configured ?? _options.DocumentServer
                ?? throw new global::System.InvalidOperationException("Set ApiOptionsTemplate.BaseAddress: the document names no server.");
            return operationServer is null || operationServer.Contains("://", global::System.StringComparison.Ordinal)
                ? root
                : new global::System.Uri(root, operationServer);
        }

        /// <summary>Sets a header, refusing control characters so a value cannot smuggle in another header.</summary>
        private static void SetHeader(global::System.Net.Http.HttpRequestMessage request, string name, string value)
        {
            RefuseControlCharacters(name, value);
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        /// <summary>
        /// CR and LF would start another header; NUL and the other controls (but tab) are invalid in a field value
        /// (RFC 9110 5.5) and servers disagree on what they mean. The message names the header, never the value,
        /// which may be a credential.
        /// </summary>
        private static void RefuseControlCharacters(string name, string value)
        {
            foreach (char c in value)
            {
                if ((c < ' ' && c != '\t') || c == '\u007f')
                {
                    throw new global::System.ArgumentException("The value of header '" + name + "' contains a control character (U+" + ((int)c).ToString("X4", global::System.Globalization.CultureInfo.InvariantCulture) + ").", nameof(value));
                }
            }
        }

        /// <summary>
        /// Escapes a path parameter so it stays one segment ('/', '?', '#' and '%' are escaped). "." and ".." are
        /// refused: URI stacks un-escape %2E and collapse dot segments, so no spelling of them is safe. The generated
        /// method checks string parameters for blanks first, with their own names; this catches formatted values.
        /// </summary>
        private static string EscapePathSegment(string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                // An empty segment addresses another resource: DELETE threads/{id} with "" is DELETE threads/.
                throw new global::System.ArgumentException("A path parameter cannot be empty or blank.", nameof(value));
            }

            if (value is "." or "..")
            {
                throw new global::System.ArgumentException("A path parameter cannot be '" + value + "': it would change the request path.", nameof(value));
            }

            return global::System.Uri.EscapeDataString(value);
        }

        private static void AppendQuery(global::System.Text.StringBuilder query, string name, string value)
        {
            query.Append(query.Length == 0 ? '?' : '&');
            query.Append(global::System.Uri.EscapeDataString(name));
            query.Append('=');
            query.Append(global::System.Uri.EscapeDataString(value));
        }

        /// <summary>One value for a whole array (<c>explode: false</c>): items joined by the style's separator.</summary>
        private static string JoinQuery<T>(global::System.Collections.Generic.IEnumerable<T> items, string separator, global::System.Func<T, string> format)
        {
            var joined = new global::System.Text.StringBuilder();
            foreach (T item in items)
            {
                if (joined.Length > 0)
                {
                    joined.Append(separator);
                }

                joined.Append(format(item));
            }

            return joined.ToString();
        }

        /// <summary>The body as UTF-8 JSON, serialised once so every retry resends the same bytes.</summary>
        private static global::System.Net.Http.HttpContent JsonContent<T>(T body, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        {
            var content = new global::System.Net.Http.ByteArrayContent(global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
            content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return content;
        }
        #endregion
    }
}
