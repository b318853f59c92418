namespace OpenApiThreads.Generator.Emit;

/// <summary>The exception every failed call throws: status, raw body, headers, request id, and the parsed error.</summary>
internal static class ExceptionEmitter
{
    public static string Emit(ExceptionEmitItem item)
    {
        EmitHeader header = item.Header;
        string name = header.ExceptionName;
        const string Headers = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>";
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

                /// <summary>The server's id for the request (<c>x-request-id</c>), to quote when reporting a problem.</summary>
                public string? RequestId => Headers.TryGetValue("x-request-id", out var values) && values.Count > 0 ? values[0] : null;

                /// <summary>The parsed error body, when the document declares one and the body matched it.</summary>
                public virtual object? ErrorBody => null;

                internal static {{Headers}} CopyHeaders(global::System.Net.Http.HttpResponseMessage response)
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

            /// <summary>A failed call whose error body was parsed as <typeparamref name="TError"/>.</summary>
            /// <typeparam name="TError">The error schema the document declares for the operation.</typeparam>
            {{header.Accessibility}} sealed class {{name}}<TError> : global::{{header.Namespace}}.{{name}}
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
