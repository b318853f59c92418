// Template: the generator copies the Capture region into every client's Transport file: a way to read the status and
// headers of the responses behind typed results, without a second method per operation.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Capture
        /// <summary>
        /// Records the status and headers of every response this client receives in the calling flow, until the
        /// returned scope is disposed: <c>using var capture = Client.CaptureResponses(); await client.XAsync(…);
        /// capture.StatusCode …</c>. Scopes nest; the innermost records.
        /// </summary>
        /// <returns>The scope, whose properties describe the last response received in it.</returns>
        public static ResponseCapture CaptureResponses() => new();

        /// <summary>The status and headers of the last response received inside a <see cref="CaptureResponses"/> scope.</summary>
        public sealed class ResponseCapture : global::System.IDisposable
        {
            private static readonly global::System.Threading.AsyncLocal<ResponseCapture?> s_current = new();
            private readonly ResponseCapture? _outer;

            internal ResponseCapture()
            {
                _outer = s_current.Value;
                s_current.Value = this;
            }

            /// <summary>The HTTP status of the last response, or null before one arrives.</summary>
            public int? StatusCode { get; private set; }

            /// <summary>The last response's headers (its content headers included), by name.</summary>
            public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; private set; }
                = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>();

            /// <summary>How many responses arrived in the scope, retries included.</summary>
            public int Count { get; private set; }

            /// <summary>Ends the scope; an outer scope, if any, records again.</summary>
            public void Dispose()
            {
                if (ReferenceEquals(s_current.Value, this))
                {
                    s_current.Value = _outer;
                }
            }

            internal static void Record(global::System.Net.Http.HttpResponseMessage response)
            {
                if (s_current.Value is { } capture)
                {
                    capture.StatusCode = (int)response.StatusCode;
                    capture.Headers = global::OpenApiThreads.Templates.ApiExceptionTemplate.CopyHeaders(response);
                    capture.Count++;
                }
            }
        }
        #endregion
    }
}
