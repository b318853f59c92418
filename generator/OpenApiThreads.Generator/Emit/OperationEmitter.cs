using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>One client method: signature, URI, headers, body, send, error check, result.</summary>
internal static class OperationEmitter
{
    public static void Emit(SourceWriter writer, OperationSpec operation, ClientEmitItem item, EmitHeader header)
    {
        string ns = header.Namespace;
        var asked = ClientEmitter.Signature(operation).ToList();
        var requiredParameters = asked.Where(p => p.IsRequired).ToList();
        var optionalParameters = asked.Where(p => !p.IsRequired).ToList();

        var parameters = new List<string>();
        parameters.AddRange(requiredParameters.Select(p => p.Type.ToCSharp(ns) + " " + p.Name));
        if (operation.Body is { IsRequired: true } requiredBody)
        {
            parameters.Add(requiredBody.Type.ToCSharp(ns) + " body");
        }
        else if (operation.Body is { } optionalBody)
        {
            parameters.Add(optionalBody.Type.AsNullable().ToCSharp(ns) + " body = null");
        }

        parameters.AddRange(optionalParameters.Select(p => p.Type.ToCSharp(ns) + " " + p.Name + " = default"));
        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");

        WriteDocs(writer, operation, requiredParameters.Concat(optionalParameters), header);
        if (operation.Deprecated)
        {
            writer.WriteLine("    " + DocComments.ObsoleteAttribute("operation"));
        }

        string result = operation.ResponseType is { } response
            ? "global::System.Threading.Tasks.Task<" + response.ToCSharp(ns) + ">"
            : "global::System.Threading.Tasks.Task";
        writer.WriteLine("    public async " + result + " " + operation.Name + "Async(" + string.Join(", ", parameters) + ")");
        writer.WriteLine("    {");
        WriteBody(writer, operation, item, header);
        writer.WriteLine("    }");
    }

    private static void WriteDocs(SourceWriter writer, OperationSpec operation, IEnumerable<ParameterSpec> parameters, EmitHeader header)
    {
        var docs = new SourceWriter();
        DocComments.WriteSummary(docs, operation.Summary ?? operation.Description, "Calls `" + operation.HttpMethod + " /" + operation.Path + "`.");
        if (operation.Summary is not null && operation.Description is { Length: > 0 } description)
        {
            DocComments.WriteElement(docs, "remarks", description);
        }

        foreach (ParameterSpec parameter in parameters)
        {
            DocComments.WriteElement(docs, "param", parameter.Description ?? "The `" + parameter.JsonName + "` " + parameter.Location.ToString().ToLowerInvariant() + " parameter.", " name=\"" + parameter.Name.TrimStart('@') + "\"");
        }

        if (operation.Body is { } body)
        {
            DocComments.WriteElement(docs, "param", body.Description ?? "The request body.", " name=\"body\"");
        }

        DocComments.WriteElement(docs, "param", "Cancels the request.", " name=\"cancellationToken\"");
        DocComments.WriteElement(docs, "exception", "The server answered with a non-success status, or with a body that is not the documented JSON.", " cref=\"global::" + header.Namespace + "." + header.ExceptionName + "\"");
        foreach (string line in docs.ToString().TrimEnd('\n').Split('\n'))
        {
            writer.WriteLine("    " + line);
        }
    }

    private static void WriteBody(SourceWriter writer, OperationSpec operation, ClientEmitItem item, EmitHeader header)
    {
        const string Indent = "        ";
        string ns = header.Namespace;
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.IsRequired && p.FixedValue is null && !p.Type.IsValueType))
        {
            writer.WriteLine(Indent + "global::System.ArgumentNullException.ThrowIfNull(" + parameter.Name + ");");
        }

        if (operation.Body is { IsRequired: true })
        {
            writer.WriteLine(Indent + "global::System.ArgumentNullException.ThrowIfNull(body);");
        }

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

        writer.WriteLine(Indent + "using global::System.Net.Http.HttpRequestMessage request = CreateRequest(" + MethodExpression(operation.HttpMethod) + ", relativeUri);");
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.Location == ParameterIn.Header))
        {
            string value = parameter.FixedValue is { } fixedValue ? DocComments.Literal(fixedValue) : Format(parameter.Type, parameter.Name);
            if (parameter.FixedValue is null && !parameter.IsRequired)
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
            string value = !body.IsRequired && body.Type.IsValueType ? "body.Value" : "body";
            string content = "request.Content = JsonContent(" + value + ", _json." + body.Type.InfoName + ");";
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

        writer.WriteLine(Indent + "using global::System.Net.Http.HttpResponseMessage response = await SendAsync(request, cancellationToken).ConfigureAwait(false);");
        string operationId = DocComments.Literal(operation.OperationId);
        writer.WriteLine(Indent + (operation.ErrorType is { } error
            ? "await EnsureSuccessAsync(response, " + operationId + ", _json." + error.InfoName + ", " + ClientEmitter.MessageAccessor(item, error) + ", cancellationToken).ConfigureAwait(false);"
            : "await EnsureSuccessAsync(response, " + operationId + ", cancellationToken).ConfigureAwait(false);"));
        if (operation.ResponseType is { } responseType)
        {
            string typeName = DocComments.Literal(responseType.AsNonNullable().ToCSharp(ns).Replace("global::" + ns + ".", string.Empty).Replace("global::", string.Empty));
            writer.WriteLine(Indent + "return await ReadResponseAsync(response, " + operationId + ", " + typeName + ", _json." + responseType.InfoName + ", cancellationToken).ConfigureAwait(false);");
        }
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
        string append = parameter.Type.Kind == TypeRefKind.List
            ? "foreach (var item in " + target + ") { AppendQuery(query, " + name + ", " + Format(parameter.Type.Element!.AsNonNullable(), "item") + "); }"
            : "AppendQuery(query, " + name + ", " + Format(parameter.Type.AsNonNullable(), target) + ");";
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

    /// <summary>Formats a parameter value the way a URI or header carries it: invariant culture, JSON spellings.</summary>
    private static string Format(TypeRef type, string expression)
    {
        if (type.Kind != TypeRefKind.BuiltIn)
        {
            return "(" + expression + ".ToString() ?? string.Empty)";
        }

        return type.Name switch
        {
            "string" => expression,
            "bool" => "(" + expression + " ? \"true\" : \"false\")",
            "global::System.DateTimeOffset" => expression + ".ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)",
            "int" or "long" or "float" or "double" or "decimal" => expression + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
            _ => expression + ".ToString()!",
        };
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
