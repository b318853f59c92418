using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The bodies of an operation's client methods: the plain call, the stream, and the page walker. Each builds its
/// request the same way; they differ in how the response is consumed.
/// </summary>
internal static class OperationEmitter
{
    private const string Indent = "        ";

    public static void Emit(SourceWriter writer, ClientMethod method, ClientEmitItem item, EmitHeader header)
    {
        string ns = header.Namespace;
        method.WriteDocs(writer, header, "    ");
        writer.WriteLine("    public async " + method.ReturnType + " " + method.Name + "(" + method.ParameterList(ns, forImplementation: true) + ")");
        writer.WriteLine("    {");
        switch (method.Kind)
        {
            case ClientMethodKind.Streaming:
                WriteStreamingBody(writer, method.Operation, item, header);
                break;
            case ClientMethodKind.Paging:
                WritePagingBody(writer, method);
                break;
            default:
                WritePlainBody(writer, method.Operation, item, header);
                break;
        }

        writer.WriteLine("    }");
    }

    private static void WritePlainBody(SourceWriter writer, OperationSpec operation, ClientEmitItem item, EmitHeader header)
    {
        ResponseSpec response = operation.Response;
        WriteArgumentChecks(writer, operation);
        if (response.Stream is { FlagPropertyName: { } flag } && operation.Body is { } body)
        {
            // The server would answer with a stream this method cannot return: say which method to call instead.
            string target = body.IsRequired ? "body." + flag : "body?." + flag;
            writer.WriteLine(Indent + "if (" + target + " == true)");
            writer.WriteLine(Indent + "{");
            string instead = item.Facts.HasServerSentEvents
                ? "call " + operation.Name + "StreamingAsync to receive the events."
                : "streaming methods need a reference to System.Net.ServerSentEvents.";
            writer.WriteLine(Indent + "    throw new global::System.ArgumentException(" + DocComments.Literal("The body asks for a stream (" + response.Stream.FlagJsonName + ": true); " + instead) + ", nameof(body));");
            writer.WriteLine(Indent + "}");
            writer.WriteLine();
        }

        WriteRequest(writer, operation, response.MediaType, streaming: false);
        WriteSendAndCheck(writer, operation, item, streaming: false);
        if (response.Encoding == BodyEncoding.Json)
        {
            TypeRef responseType = response.Type!;
            string ns = header.Namespace;
            string typeName = DocComments.Literal(responseType.AsNonNullable().ToCSharp(ns).Replace("global::" + ns + ".", string.Empty).Replace("global::", string.Empty));
            string fastRead = responseType.Kind == TypeRefKind.Generated
                ? "global::" + ns + "." + header.ContextName + "." + FastReadEmitter.ReaderName(responseType)
                : "null";
            writer.WriteLine(Indent + "return await ReadResponseAsync(response, " + DocComments.Literal(operation.OperationId) + ", " + typeName + ", _json." + responseType.InfoName + ", " + fastRead + ", cancellationToken).ConfigureAwait(false);");
        }
    }

    private static void WriteStreamingBody(SourceWriter writer, OperationSpec operation, ClientEmitItem item, EmitHeader header)
    {
        StreamSpec stream = operation.Response.Stream!;
        WriteArgumentChecks(writer, operation);
        WriteRequest(writer, operation, "text/event-stream", streaming: true);
        WriteSendAndCheck(writer, operation, item, streaming: true);
        writer.WriteLine(Indent + "await foreach (" + stream.ItemType.ToCSharp(header.Namespace) + " item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(ReadEventsAsync(response, " + DocComments.Literal(operation.OperationId) + ", " + StreamParserEmitter.ParserName(stream) + ", cancellationToken), false))");
        writer.WriteLine(Indent + "{");
        writer.WriteLine(Indent + "    yield return item;");
        writer.WriteLine(Indent + "}");
    }

    /// <summary>Calls the one-page method with the cursor the previous page ended on, until no page follows.</summary>
    private static void WritePagingBody(SourceWriter writer, ClientMethod method)
    {
        OperationSpec operation = method.Operation;
        PagingSpec paging = operation.Response.Paging!;
        var arguments = method.Parameters.Select(p => p.Name + ": " + p.Name).ToList();
        if (operation.Body is not null)
        {
            arguments.Add("body: body");
        }

        arguments.Add(paging.CursorParameter + ": cursor");
        arguments.Add("cancellationToken: cancellationToken");
        writer.WriteLines($$"""
                    string? cursor = null;
                    var seen = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
                    while (true)
                    {
                        var page = await {{operation.Name}}Async({{string.Join(", ", arguments)}}).ConfigureAwait(false);
                        if (page.{{paging.ItemsProperty}} is { } items)
                        {
                            foreach (var item in items)
                            {
                                yield return item;
                            }
                        }

                        if (page.{{paging.HasMoreProperty}} != true || page.{{paging.NextCursorProperty}} is not { Length: > 0 } next)
                        {
                            yield break;
                        }

                        RememberCursor(seen, next, {{DocComments.Literal(operation.OperationId)}});
                        cursor = next;
                    }
            """);
    }

    /// <summary>Null checks come first, before anything reads an argument (the stream flag of the body, a path value).</summary>
    private static void WriteArgumentChecks(SourceWriter writer, OperationSpec operation)
    {
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.IsRequired && p.FixedValue is null && !p.Type.IsValueType))
        {
            // An empty path segment would address another resource (DELETE threads/ for an empty thread id).
            string check = parameter.Location == ParameterIn.Path && parameter.Type.Kind == TypeRefKind.BuiltIn && parameter.Type.Primitive == PrimitiveKind.String
                ? "global::System.ArgumentException.ThrowIfNullOrWhiteSpace("
                : "global::System.ArgumentNullException.ThrowIfNull(";
            writer.WriteLine(Indent + check + parameter.Name + ");");
        }

        if (operation.Body is { IsRequired: true })
        {
            writer.WriteLine(Indent + "global::System.ArgumentNullException.ThrowIfNull(body);");
        }
    }

    private static void WriteRequest(SourceWriter writer, OperationSpec operation, string? accept, bool streaming)
    {
        writer.WriteLine(Indent + "string relativeUri = " + PathExpression(operation) + ";");
        var query = operation.Parameters.Where(p => p.Location == ParameterIn.Query).ToList();
        if (query.Count > 0 || operation.FixedQuery is not null)
        {
            writer.WriteLine(Indent + "var query = new global::System.Text.StringBuilder(" + (operation.FixedQuery is null ? string.Empty : DocComments.Literal("?" + operation.FixedQuery)) + ");");
            foreach (ParameterSpec parameter in query)
            {
                WriteQueryParameter(writer, parameter, Indent);
            }

            writer.WriteLine(Indent + "relativeUri += query.ToString();");
        }

        writer.WriteLine(Indent + "using global::System.Net.Http.HttpRequestMessage request = CreateRequest(" + MethodExpression(operation.HttpMethod) + ", relativeUri, " + (accept is null ? "null" : DocComments.Literal(accept)) + ");");
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.Location == ParameterIn.Header))
        {
            string value = parameter.FixedValue is { } fixedValue ? DocComments.Literal(fixedValue) : Format(parameter.Type, parameter.Name);
            if (IsIdempotencyKey(parameter))
            {
                // One key per logical call: made here, before the first attempt, so every retry resends the same one.
                writer.WriteLine(Indent + "SetHeader(request, " + DocComments.Literal(parameter.JsonName) + ", " + parameter.Name + (parameter.IsRequired ? string.Empty : " ?? global::System.Guid.NewGuid().ToString()") + ");");
            }
            else if (parameter.FixedValue is null && !parameter.IsRequired)
            {
                writer.WriteLine(Indent + "if (" + parameter.Name + " is not null)");
                writer.WriteLine(Indent + "{");
                writer.WriteLine(Indent + "    SetHeader(request, " + DocComments.Literal(parameter.JsonName) + ", " + Format(parameter.Type.AsNonNullable(), NonNull(parameter)) + ");");
                writer.WriteLine(Indent + "}");
            }
            else
            {
                writer.WriteLine(Indent + "SetHeader(request, " + DocComments.Literal(parameter.JsonName) + ", " + value + ");");
            }
        }

        if (operation.Body is { } body)
        {
            WriteContent(writer, operation, body, streaming);
        }
    }

    /// <summary>The statement that puts the body on the request, by its encoding.</summary>
    private static void WriteContent(SourceWriter writer, OperationSpec operation, RequestBodySpec body, bool streaming)
    {
        string value = !body.IsRequired && body.Type.IsValueType ? "body.Value" : "body";
        string content = body.Encoding switch
        {
            BodyEncoding.Json when streaming && operation.Response.Stream?.FlagJsonName is { } flag
                => "request.Content = StreamingJsonContent(" + value + ", _json." + body.Type.InfoName + ", " + DocComments.Literal(flag) + ");",
            BodyEncoding.Json => "request.Content = JsonContent(" + value + ", _json." + body.Type.InfoName + ");",
            _ => throw new System.InvalidOperationException("No writer for a " + body.Encoding + " body; the translator admits only the encodings emitted here."),
        };
        if (body.IsRequired)
        {
            writer.WriteLine(Indent + content);
        }
        else
        {
            writer.WriteLine(Indent + "if (body is not null)");
            writer.WriteLine(Indent + "{");
            writer.WriteLine(Indent + "    " + content);
            writer.WriteLine(Indent + "}");
        }
    }

    private static void WriteSendAndCheck(SourceWriter writer, OperationSpec operation, ClientEmitItem item, bool streaming)
    {
        string operationId = DocComments.Literal(operation.OperationId);
        writer.WriteLine(Indent + "using global::System.Net.Http.HttpResponseMessage response = await SendAsync(request, " + operationId + ", streaming: " + (streaming ? "true" : "false") + ", cancellationToken).ConfigureAwait(false);");
        writer.WriteLine(Indent + (operation.ErrorType is { } error
            ? "await EnsureSuccessAsync(response, " + operationId + ", _json." + error.InfoName + ", " + ClientEmitter.MessageAccessor(item, error) + ", cancellationToken).ConfigureAwait(false);"
            : "await EnsureSuccessAsync(response, " + operationId + ", cancellationToken).ConfigureAwait(false);"));
    }

    private static void WriteQueryParameter(SourceWriter writer, ParameterSpec parameter, string indent)
    {
        string name = DocComments.Literal(parameter.JsonName);
        if (parameter.FixedValue is { } fixedValue)
        {
            writer.WriteLine(indent + "AppendQuery(query, " + name + ", " + DocComments.Literal(fixedValue) + ");");
            return;
        }

        string target = parameter.IsRequired ? parameter.Name : NonNull(parameter);
        string append;
        if (parameter.Type.Kind != TypeRefKind.List)
        {
            append = "AppendQuery(query, " + name + ", " + Format(parameter.Type.AsNonNullable(), target) + ");";
        }
        else if (parameter.Explode)
        {
            append = "foreach (var item in " + target + ") { AppendQuery(query, " + name + ", " + Format(parameter.Type.Element!.AsNonNullable(), "item") + "); }";
        }
        else
        {
            string separator = parameter.Style switch
            {
                QueryStyle.SpaceDelimited => " ",
                QueryStyle.PipeDelimited => "|",
                _ => ",",
            };
            append = "AppendQuery(query, " + name + ", JoinQuery(" + target + ", " + DocComments.Literal(separator) + ", static item => " + Format(parameter.Type.Element!.AsNonNullable(), "item") + "));";
        }
        if (parameter.IsRequired)
        {
            writer.WriteLine(indent + append);
            return;
        }

        writer.WriteLine(indent + "if (" + parameter.Name + " is not null)");
        writer.WriteLine(indent + "{");
        writer.WriteLine(indent + "    " + append);
        writer.WriteLine(indent + "}");
    }

    /// <summary>A string <c>Idempotency-Key</c> header (Stripe's convention), which the client fills in when the caller does not.</summary>
    private static bool IsIdempotencyKey(ParameterSpec parameter)
        => parameter.FixedValue is null && string.Equals(parameter.JsonName, "Idempotency-Key", System.StringComparison.OrdinalIgnoreCase)
            && parameter.Type.Kind == TypeRefKind.BuiltIn && parameter.Type.Primitive == PrimitiveKind.String;

    /// <summary>The name of an optional parameter, unwrapped when it is a nullable value type.</summary>
    private static string NonNull(ParameterSpec parameter) => parameter.Type.IsValueType ? parameter.Name + ".Value" : parameter.Name;

    /// <summary>"threads/" + EscapePathSegment(threadId) for the template <c>threads/{thread_id}</c>.</summary>
    private static string PathExpression(OperationSpec operation)
    {
        var parts = new List<string>();
        var literal = new StringBuilder();
        string path = operation.Path;
        for (int i = 0; i < path.Length; i++)
        {
            int close = path[i] == '{' ? path.IndexOf('}', i) : -1;
            ParameterSpec? parameter = close > i
                ? operation.Parameters.FirstOrDefault(p => p.Location == ParameterIn.Path && p.JsonName == path.Substring(i + 1, close - i - 1))
                : null;
            if (parameter is null)
            {
                literal.Append(path[i]);
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(DocComments.Literal(literal.ToString()));
                literal.Clear();
            }

            parts.Add("EscapePathSegment(" + Format(parameter.Type.AsNonNullable(), parameter.Name) + ")");
            i = close;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(DocComments.Literal(literal.ToString()));
        }

        return string.Join(" + ", parts);
    }

    /// <summary>Formats a parameter value the way a URI or header carries it: invariant culture, the spec's wire format.</summary>
    private static string Format(TypeRef type, string expression) => type.Facts.UriFormat(expression);

    private static string MethodExpression(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        _ => "new global::System.Net.Http.HttpMethod(" + DocComments.Literal(method) + ")",
    };
}
