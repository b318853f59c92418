// Stand-ins for the parts of the generated client the transport templates call: the client's fields, the options,
// the exception and the JSON context. Not embedded in the generator (the generated code has the real ones); they
// exist so the templates compile and analyse as ordinary code, and so tests can run them. Keep them to the members
// the templates use, with the same signatures as the generated ones (OptionsEmitter, ExceptionEmitter, ContextEmitter).
namespace OpenApiThreads.Templates
{
    /// <summary>The generated client class (its constructor and fields are in ClientEmitter's file).</summary>
    internal sealed partial class ApiClientTemplate
    {
        private readonly global::System.Net.Http.HttpClient _httpClient;
        private readonly ApiOptionsTemplate _options;

        public ApiClientTemplate(global::System.Net.Http.HttpClient httpClient, ApiOptionsTemplate options)
        {
            _httpClient = httpClient;
            _options = options;
        }
    }

    /// <summary>The generated options class (OptionsEmitter), without its validation.</summary>
    internal sealed class ApiOptionsTemplate
    {
        public global::System.Uri? BaseAddress { get; set; }

        /// <summary>The document's server with its variables filled in (generated from the spec's servers).</summary>
        public global::System.Uri? DocumentServer { get; set; }

        public string? UserAgent { get; set; }

        public global::System.Collections.Generic.IDictionary<string, string> DefaultHeaders { get; } =
            new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

        public int MaxRetries { get; set; } = 2;

        public global::System.TimeSpan Timeout { get; set; } = global::System.TimeSpan.FromSeconds(100);

        public global::System.TimeSpan InitialRetryDelay { get; set; } = global::System.TimeSpan.FromSeconds(0.5);

        public global::System.TimeSpan MaxRetryDelay { get; set; } = global::System.TimeSpan.FromSeconds(8);

        public global::System.TimeSpan StreamIdleTimeout { get; set; } = global::System.TimeSpan.FromSeconds(60);

        public long? MaxResponseBytes { get; set; }
    }

    /// <summary>The generated exception (ExceptionEmitter).</summary>
    internal class ApiExceptionTemplate : global::System.Exception
    {
        public ApiExceptionTemplate(string message, int statusCode, string? responseBody, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, global::System.Exception? innerException = null)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            ResponseBody = responseBody;
            Headers = headers;
        }

        public int StatusCode { get; }

        public string? ResponseBody { get; }

        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

        public string? OperationId { get; init; }

        public string? ReasonPhrase { get; init; }

        public string? ServerMessage { get; init; }

        public bool IsMalformedResponse { get; init; }

        public global::System.Text.Json.JsonElement? Problem { get; init; }

        internal static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> CopyHeaders(global::System.Net.Http.HttpResponseMessage response)
        {
            var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers)
            {
                headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
            }

            foreach (var header in response.Content.Headers)
            {
                headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
            }

            return headers;
        }
    }

    /// <summary>The generated exception with a parsed error body.</summary>
    internal sealed class ApiExceptionTemplate<TError> : ApiExceptionTemplate
    {
        public ApiExceptionTemplate(string message, int statusCode, string? responseBody, global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, TError error)
            : base(message, statusCode, responseBody, headers)
        {
            Error = error;
        }

        public TError Error { get; }
    }

    /// <summary>The generated JSON context's reader hooks (ContextEmitter).</summary>
    internal static class ApiJsonContextTemplate
    {
        internal delegate T? FastReader<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonSerializerOptions options);

        /// <summary>The options the generated readers were written for; the real context compares with its <c>Default.Options</c>.</summary>
        internal static global::System.Text.Json.JsonSerializerOptions? OwnOptions { get; set; }

        internal static bool UsesOwnOptions(global::System.Text.Json.JsonSerializerOptions options) => ReferenceEquals(options, OwnOptions);

        internal static T? ReadDocument<T>(global::System.ReadOnlySpan<byte> utf8Json, FastReader<T> read, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(utf8Json);
            if (!reader.Read())
            {
                throw new global::System.Text.Json.JsonException("The body is empty.");
            }

            T? value = read(ref reader, typeInfo.Options);
            return reader.Read() ? throw new global::System.Text.Json.JsonException("Trailing data after the JSON value.") : value;
        }
    }
}
