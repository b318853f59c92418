using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Emit.Parameters;
using OpenApiThreads.Generator.Model.Bodies;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The bodies of an operation's client methods: the plain call, the stream, and the page walker. Each builds its
/// request the same way; they differ in how the response is consumed.
/// </summary>
internal static class OperationEmitter
{
    private const string Indent = "        ";

    public static void Emit(SourceWriter writer, ClientMethod method, ClientEmitItem item, EmitHeader header, IReadOnlyDictionary<string, string> sharedChecks)
    {
        string ns = header.Namespace;
        // The interface carries the docs; repeating them here doubled the client's size.
        writer.WriteLine("    /// <inheritdoc/>");
        method.WriteAttributes(writer, "    ");
        writer.WriteLine("    public async " + method.ReturnType + " " + method.Name + "(" + method.ParameterList( forImplementation: true) + ")");
        writer.WriteLine("    {");
        switch (method.Kind)
        {
            case ClientMethodKind.Streaming:
                WriteStreamingBody(writer, method.Operation, item, header, sharedChecks);
                break;
            case ClientMethodKind.Paging:
                WritePagingBody(writer, method);
                break;
            default:
                WritePlainBody(writer, method.Operation, item, header, sharedChecks);
                break;
        }

        writer.WriteLine("    }");
    }

    private static void WritePlainBody(SourceWriter writer, OperationSpec operation, ClientEmitItem item, EmitHeader header, IReadOnlyDictionary<string, string> sharedChecks)
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

        WriteRequest(writer, operation, header.Namespace, response.MediaType, streaming: false);
        if (response.Encoding == BodyEncoding.Binary)
        {
            WriteDownload(writer, operation, item, sharedChecks);
            return;
        }

        WriteSendAndCheck(writer, operation, item, streaming: false, sharedChecks);
        if (response.Encoding == BodyEncoding.Text)
        {
            writer.WriteLine(Indent + "return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);");
        }
        else if (response.Alternatives.Count > 0)
        {
            WriteAlternatives(writer, operation);
        }
        else if (response.Encoding == BodyEncoding.Json)
        {
            writer.WriteLine(Indent + "return " + ReadCall(response.Type!, operation) + ";");
        }
    }

    /// <summary>Reads the body as the type its status documents; an undocumented success status reads as the first.</summary>
    private static void WriteAlternatives(SourceWriter writer, OperationSpec operation)
    {
        ResponseSpec response = operation.Response;
        string result = "api::" + response.ResultName;
        writer.WriteLine(Indent + "switch ((int)response.StatusCode)");
        writer.WriteLine(Indent + "{");
        for (int i = 1; i < response.Alternatives.Count; i++)
        {
            writer.WriteLine(Indent + "    case " + response.Alternatives[i].StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":");
            writer.WriteLine(Indent + "        return new " + result + "((int)response.StatusCode, " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + ReadCall(response.Alternatives[i].Type, operation) + ");");
        }

        writer.WriteLine(Indent + "    default:");
        writer.WriteLine(Indent + "        return new " + result + "((int)response.StatusCode, 0, " + ReadCall(response.Alternatives[0].Type, operation) + ");");
        writer.WriteLine(Indent + "}");
    }

    /// <summary>The awaited read of a JSON body of <paramref name="type"/>.</summary>
    private static string ReadCall(TypeRef type, OperationSpec operation)
    {
        string typeName = DocComments.Literal(NamespaceAliases.Unqualified(type.AsNonNullable().ToCSharp()));
        string fastRead = type.Kind == TypeRefKind.Generated
            ? FastReadEmitter.ReaderName(type)
            : "null";
        return "await ReadResponseAsync(response, " + DocComments.Literal(operation.OperationId) + ", " + typeName + ", _json." + type.InfoName + ", " + fastRead + ", cancellationToken).ConfigureAwait(false)";
    }

    private static void WriteStreamingBody(SourceWriter writer, OperationSpec operation, ClientEmitItem item, EmitHeader header, IReadOnlyDictionary<string, string> sharedChecks)
    {
        StreamSpec stream = operation.Response.Stream!;
        WriteArgumentChecks(writer, operation);
        WriteRequest(writer, operation, header.Namespace, "text/event-stream", streaming: true);
        WriteSendAndCheck(writer, operation, item, streaming: true, sharedChecks);
        writer.WriteLine(Indent + "await foreach (" + stream.ItemType.ToCSharp() + " item in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(ReadEventsAsync(response, " + DocComments.Literal(operation.OperationId) + ", " + StreamParserEmitter.ParserName(stream) + ", cancellationToken), false))");
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

        if (operation.Body is { ReportsProgress: true })
        {
            arguments.Add("progress: progress");
        }

        arguments.Add(paging.CursorParameter + ": cursor");
        arguments.Add("cancellationToken: cancellationToken");
        writer.WriteLines($$"""
                    string? cursor = null;
                    var seen = new generic::HashSet<string>(global::System.StringComparer.Ordinal);
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

    private static void WriteRequest(SourceWriter writer, OperationSpec operation, string ns, string? accept, bool streaming)
    {
        writer.WriteLine(Indent + "string relativeUri = " + ParameterWriter.PathExpression(operation) + ";");
        ParameterWriter.WriteQuery(writer, operation, ns, Indent);
        writer.WriteLine(Indent + "using var request = CreateRequest(" + MethodExpression(operation.HttpMethod) + ", relativeUri, " + (accept is null ? "null" : DocComments.Literal(accept)) + (operation.Server is { } server ? ", " + DocComments.Literal(server) : string.Empty) + ");");
        if (operation.SecuritySet is { } securitySet)
        {
            writer.WriteLine(Indent + "await " + Security.SecurityEmitter.MethodName(securitySet) + "(request, cancellationToken).ConfigureAwait(false);");
        }

        ParameterWriter.WriteHeadersAndCookies(writer, operation, Indent);
        if (operation.Body is { } body)
        {
            WriteContent(writer, operation, body, ns, streaming);
        }
    }

    /// <summary>The statement that puts the body on the request, by its encoding.</summary>
    private static void WriteContent(SourceWriter writer, OperationSpec operation, RequestBodySpec body, string ns, bool streaming)
    {
        string value = !body.IsRequired && body.Type.IsValueType ? "body.Value" : "body";
        string content = body.Encoding switch
        {
            BodyEncoding.Json when streaming && operation.Response.Stream?.FlagJsonName is { } flag
                => "request.Content = StreamingJsonContent(" + value + ", _json." + body.Type.InfoName + ", " + DocComments.Literal(flag) + ");",
            BodyEncoding.Json => "request.Content = JsonContent(" + value + ", _json." + body.Type.InfoName + ");",
            BodyEncoding.Multipart or BodyEncoding.Form => "request.Content = " + WithProgress(body, value + ".ToContent()") + ";",
            BodyEncoding.Text => "request.Content = new global::System.Net.Http.StringContent(" + value + ", global::System.Text.Encoding.UTF8, " + DocComments.Literal(body.MediaType) + ");",
            _ => "request.Content = " + WithProgress(body, value + ".ToContent(" + DocComments.Literal(body.MediaType) + ")") + ";",
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

    /// <summary>
    /// A file response is handed to the caller unread: sent without buffering the body, checked, and owned by the
    /// returned download (disposed here only when no download takes it).
    /// </summary>
    private static void WriteDownload(SourceWriter writer, OperationSpec operation, ClientEmitItem item, IReadOnlyDictionary<string, string> sharedChecks)
    {
        string operationId = DocComments.Literal(operation.OperationId);
        writer.WriteLine(Indent + "var response = await SendAsync(request, " + operationId + ", streaming: true, cancellationToken).ConfigureAwait(false);");
        writer.WriteLine(Indent + "try");
        writer.WriteLine(Indent + "{");
        ErrorChecks.Write(writer, operation, item, Indent + "    ", sharedChecks);
        // The body is read as the caller consumes it: through the same guard as event streams (idle timeout, a dropped
        // connection as HttpRequestException), with no line limit.
        writer.WriteLine(Indent + "    global::System.IO.Stream content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);");
        writer.WriteLine(Indent + "    return api::" + FileTypes.DownloadName + ".Open(response, new ResponseStream(content, " + operationId + ", _options.StreamIdleTimeout, lineLimit: 0));");
        writer.WriteLine(Indent + "}");
        writer.WriteLine(Indent + "catch");
        writer.WriteLine(Indent + "{");
        writer.WriteLine(Indent + "    response.Dispose();");
        writer.WriteLine(Indent + "    throw;");
        writer.WriteLine(Indent + "}");
    }

    private static string WithProgress(RequestBodySpec body, string content)
        => body.ReportsProgress ? "api::" + FileTypes.UploadName + ".WithProgress(" + content + ", progress)" : content;

    private static void WriteSendAndCheck(SourceWriter writer, OperationSpec operation, ClientEmitItem item, bool streaming, IReadOnlyDictionary<string, string> sharedChecks)
    {
        string operationId = DocComments.Literal(operation.OperationId);
        writer.WriteLine(Indent + "using var response = await SendAsync(request, " + operationId + ", streaming: " + (streaming ? "true" : "false") + ", cancellationToken).ConfigureAwait(false);");
        ErrorChecks.Write(writer, operation, item, Indent, sharedChecks);
    }

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
