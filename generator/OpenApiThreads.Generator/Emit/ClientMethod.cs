using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

internal enum ClientMethodKind
{
    /// <summary>Sends the request and returns the JSON body.</summary>
    Plain,

    /// <summary>Returns the <c>text/event-stream</c> response as an async sequence of events.</summary>
    Streaming,

    /// <summary>Walks every page of a cursor-paged list as an async sequence of items.</summary>
    Paging,
}

/// <summary>
/// One public method of the client, as both the class and its interface declare it: one signature and one set of
/// docs, so the two can never drift apart.
/// </summary>
internal sealed class ClientMethod
{
    private ClientMethod(OperationSpec operation, ClientMethodKind kind, string returnType, string name, List<ParameterSpec> parameters, string bodyParameter)
    {
        Operation = operation;
        Kind = kind;
        ReturnType = returnType;
        Name = name;
        Parameters = parameters;
        BodyParameter = bodyParameter;
    }

    public OperationSpec Operation { get; }

    public ClientMethodKind Kind { get; }

    public string ReturnType { get; }

    public string Name { get; }

    /// <summary>The spec parameters the caller passes, required first.</summary>
    public List<ParameterSpec> Parameters { get; }

    /// <summary>The body parameter's declaration (<c>CreateRunRequest body</c>), or empty.</summary>
    public string BodyParameter { get; }

    /// <summary>Every method the operation gets: the plain call, the stream, and the page walker, as the spec allows.</summary>
    public static IEnumerable<ClientMethod> For(OperationSpec operation, CompilationFacts facts)
    {
        var asked = operation.Parameters.Where(p => p.FixedValue is null).ToList();
        var ordered = asked.Where(p => p.IsRequired).Concat(asked.Where(p => !p.IsRequired)).ToList();
        string body = operation.Body switch
        {
            { IsRequired: true } required => required.Type.ToCSharp() + " body",
            { } optional => optional.Type.AsNullable().ToCSharp() + " body = null",
            _ => string.Empty,
        };

        ResponseSpec response = operation.Response;
        if (response.HasPlainMethod)
        {
            string result = response.Encoding switch
            {
                BodyEncoding.None => "global::System.Threading.Tasks.Task",
                _ => "global::System.Threading.Tasks.Task<" + response.Type!.ToCSharp() + ">",
            };
            yield return new ClientMethod(operation, ClientMethodKind.Plain, result, operation.Name + "Async", ordered, body);
        }

        if (response.Stream is { } stream && facts.HasServerSentEvents)
        {
            string result = "generic::IAsyncEnumerable<" + stream.ItemType.ToCSharp() + ">";
            yield return new ClientMethod(operation, ClientMethodKind.Streaming, result, operation.Name + "StreamingAsync", ordered, body);
        }

        if (response.Paging is { } paging)
        {
            string result = "generic::IAsyncEnumerable<" + paging.ItemType.ToCSharp() + ">";
            var walked = ordered.Where(p => !paging.ManagedParameters.Contains(p.Name)).ToList();
            yield return new ClientMethod(operation, ClientMethodKind.Paging, result, operation.Name + "AutoPagingAsync", walked, body);
        }
    }

    /// <summary>The parameter list; iterators mark the token so <c>WithCancellation</c> reaches it.</summary>
    public string ParameterList( bool forImplementation)
    {
        var parameters = new List<string>();
        parameters.AddRange(Parameters.Where(p => p.IsRequired).Select(p => p.Type.ToCSharp() + " " + p.Name));
        if (BodyParameter.Length > 0)
        {
            parameters.Add(BodyParameter);
        }

        parameters.AddRange(Parameters.Where(p => !p.IsRequired).Select(p => p.Type.ToCSharp() + " " + p.Name + " = default"));
        if (Operation.Body is { ReportsProgress: true })
        {
            parameters.Add("global::System.IProgress<long>? progress = null");
        }

        string token = "global::System.Threading.CancellationToken cancellationToken = default";
        parameters.Add(forImplementation && Kind != ClientMethodKind.Plain
            ? "[global::System.Runtime.CompilerServices.EnumeratorCancellation] " + token
            : token);
        return string.Join(", ", parameters);
    }

    public void WriteDocs(SourceWriter writer, EmitHeader header, string indent)
    {
        OperationSpec operation = Operation;
        var docs = new SourceWriter();
        string call = "`" + operation.HttpMethod + " /" + operation.Path + "`";
        string? summary = operation.Summary ?? operation.Description;
        switch (Kind)
        {
            case ClientMethodKind.Streaming:
                DocComments.WriteSummary(docs, (summary is null ? string.Empty : summary.TrimEnd() + "\n") + "Streams the response: each server-sent event is yielded as it arrives (" + call + ").");
                break;
            case ClientMethodKind.Paging:
                DocComments.WriteSummary(docs, (summary is null ? string.Empty : summary.TrimEnd() + "\n") + "Yields every item of every page, fetching the next page only when the items so far have been consumed (" + call + ").");
                break;
            default:
                DocComments.WriteSummary(docs, summary, "Calls " + call + ".");
                break;
        }

        if (operation.Summary is not null && operation.Description is { Length: > 0 } description)
        {
            DocComments.WriteElement(docs, "remarks", description);
        }

        foreach (ParameterSpec parameter in Parameters.Where(p => p.IsRequired).Concat(Parameters.Where(p => !p.IsRequired)))
        {
            if (parameter.Description is { Length: > 0 } said)
            {
                DocComments.WriteElement(docs, "param", said, " name=\"" + parameter.Name.TrimStart('@') + "\"");
            }
        }

        if (operation.Body is { } body)
        {
            string flag = Kind == ClientMethodKind.Streaming && operation.Response.Stream?.FlagJsonName is { } flagName
                ? " Its `" + flagName + "` property is sent as true."
                : string.Empty;
            if ((body.Description ?? string.Empty) + flag is { Length: > 0 } said)
            {
                DocComments.WriteElement(docs, "param", said.Trim(), " name=\"body\"");
            }
        }

        if (operation.Body is { ReportsProgress: true })
        {
            DocComments.WriteElement(docs, "param", "Told the number of body bytes sent so far, as the upload streams; or null.", " name=\"progress\"");
        }

        DocComments.WriteElement(docs, "param", Kind == ClientMethodKind.Plain ? "Cancels the request." : "Cancels the request, or the sequence between items.", " name=\"cancellationToken\"");

        // One line each whatever their length: they follow every method (about 25 KB fewer on OpenAI's spec).
        docs.WriteLine("/// <exception cref=\"api::" + header.ExceptionName + "\">A non-success status, or a body that is not the documented JSON.</exception>");
        docs.WriteLine("/// <exception cref=\"global::System.TimeoutException\">No response within the options' timeout, on any attempt.</exception>");
        foreach (string line in docs.ToString().TrimEnd('\n').Split('\n'))
        {
            writer.WriteLine(indent + line);
        }

        WriteAttributes(writer, indent);
    }

    /// <summary>The method's attributes, which the interface and the class both carry.</summary>
    public void WriteAttributes(SourceWriter writer, string indent)
    {
        if (Operation.Deprecated)
        {
            writer.WriteLine(indent + DocComments.ObsoleteAttribute("operation"));
        }
    }
}
