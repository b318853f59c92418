namespace OpenApiThreads.Generator.Emit;

/// <summary>The exception every failed call throws: status, raw body, headers, request id, and the parsed error.</summary>
internal static class ExceptionEmitter
{
    public static string Emit(ExceptionEmitItem item)
    {
        EmitHeader header = item.Header;
        string name = header.ExceptionName;
        const string Headers = "generic::IReadOnlyDictionary<string, generic::IReadOnlyList<string>>";
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            /// <summary>
            /// A call to the {{DocComments.OneLine(header.Title)}} API failed: the server answered with a non-success status, or with a body
            /// that is not the JSON the document describes. <see cref="{{name}}{TError}"/> also carries the parsed error body.
            /// </summary>
            {{header.Accessibility}} class {{name}} : global::System.Exception
            {
                /// <summary>Creates the exception for a response.</summary>
                public {{name}}(string message, int statusCode, string? responseBody, {{Headers}} headers, global::System.Exception? innerException = null)
                    : base(message, innerException)
                {
                    StatusCode = statusCode;
                    ResponseBody = responseBody;
                    Headers = headers ?? throw new global::System.ArgumentNullException(nameof(headers));
                }

                /// <summary>The HTTP status code, for example 404.</summary>
                public int StatusCode { get; }

                /// <summary>The response body as text, exactly as received.</summary>
                public string? ResponseBody { get; }

                /// <summary>The response and content headers (names compare case-insensitively).</summary>
                public {{Headers}} Headers { get; }

                /// <summary>The document's operationId for the call that failed, for example <c>getThread</c>.</summary>
                public string? OperationId { get; init; }

                /// <summary>The HTTP reason phrase the server sent, for example <c>Not Found</c>.</summary>
                public string? ReasonPhrase { get; init; }

                /// <summary>The server's own explanation, read from the error body where the document puts one (a <c>message</c> property).</summary>
                public string? ServerMessage { get; init; }

                /// <summary>True when the status was a success but the body was not the JSON the document describes.</summary>
                public bool IsMalformedResponse { get; init; }

                /// <summary>
                /// The RFC 9457 problem details object, when the response was <c>application/problem+json</c> and the
                /// document declares no error schema of its own. Members beyond the standard ones are its extensions.
                /// </summary>
                public json::JsonElement? Problem { get; init; }

                /// <summary>The problem's <c>type</c>: a URI that identifies the kind of problem.</summary>
                public string? ProblemType => ProblemString("type");

                /// <summary>The problem's <c>title</c>: a short summary of the kind of problem.</summary>
                public string? ProblemTitle => ProblemString("title");

                /// <summary>The problem's <c>detail</c>: what went wrong with this request.</summary>
                public string? ProblemDetail => ProblemString("detail");

                /// <summary>The problem's <c>instance</c>: a URI for this occurrence.</summary>
                public string? ProblemInstance => ProblemString("instance");

                /// <summary>The problem's <c>status</c>, as the server wrote it in the body.</summary>
                public int? ProblemStatus => Problem is { } problem && problem.TryGetProperty("status", out var status) && status.ValueKind == json::JsonValueKind.Number && status.TryGetInt32(out int value) ? value : null;

                private string? ProblemString(string member)
                    => Problem is { } problem && problem.TryGetProperty(member, out var value) && value.ValueKind == json::JsonValueKind.String ? value.GetString() : null;

                /// <summary>The server's id for the request (<c>x-request-id</c>), to quote when reporting a problem.</summary>
                public string? RequestId => Headers.TryGetValue("x-request-id", out var values) && values.Count > 0 ? values[0] : null;

                /// <summary>The parsed error body, when the document declares one and the body matched it.</summary>
                public virtual object? ErrorBody => null;

                internal static {{Headers}} CopyHeaders(global::System.Net.Http.HttpResponseMessage response)
                {
                    var headers = new generic::Dictionary<string, generic::IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
                    foreach (var header in response.Headers)
                    {
                        headers[header.Key] = new generic::List<string>(header.Value);
                    }

                    foreach (var header in response.Content.Headers)
                    {
                        headers[header.Key] = new generic::List<string>(header.Value);
                    }

                    return headers;
                }
            }

            /// <summary>A failed call whose error body was parsed as <typeparamref name="TError"/>.</summary>
            /// <typeparam name="TError">The error schema the document declares for the operation.</typeparam>
            {{header.Accessibility}} sealed class {{name}}<TError> : api::{{name}}
            {
                /// <summary>Creates the exception for a response with a parsed error body.</summary>
                public {{name}}(string message, int statusCode, string? responseBody, {{Headers}} headers, TError error)
                    : base(message, statusCode, responseBody, headers)
                {
                    Error = error;
                }

                /// <summary>The parsed error body.</summary>
                public TError Error { get; }

                /// <inheritdoc/>
                public override object? ErrorBody => Error;
            }
            """);
        return FileHeader.Finish(writer);
    }
}
