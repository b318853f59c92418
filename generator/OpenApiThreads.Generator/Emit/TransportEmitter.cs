using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Emit.Templates;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The client's transport, shared by every operation: building requests, sending them with retries and a timeout,
/// turning responses into values or exceptions, and reading event streams. The code is the Transport templates
/// (generator/OpenApiThreads.Generator.Templates), compiled and tested there; this only picks the regions a spec
/// needs and renames. It depends only on the names, the kinds of credentials and whether anything streams, so a spec edit
/// that adds an operation leaves this file Unchanged.
/// </summary>
internal static class TransportEmitter
{
    public const string Requests = "Requests";
    public const string Sending = "Sending";
    public const string Retrying = "Retrying";
    public const string Buffering = "Buffering";
    public const string ResponseStream = "ResponseStream";
    public const string Responses = "Responses";
    public const string Streaming = "Streaming";
    public const string Capture = "Capture";
    public const string Cookies = "Parameters.Cookies";
    public const string AllowReserved = "Parameters.AllowReserved";

    public static string Emit(TransportEmitItem item)
    {
        EmitHeader header = item.Header;
        var names = TemplateNames.For(header);

        SourceWriter writer = FileHeader.Start(header);
        writer.OpenBlock(header.Accessibility + " partial class " + header.ClientName);
        bool first = true;
        foreach (string region in Regions(item.HasStreaming, item.HasCookies, item.AllowsReserved).Concat(Security.SecurityEmitter.Regions(item.Schemes)))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            foreach (string line in TemplateLibrary.Get(region).Lines)
            {
                writer.WriteLine(names.Apply(line));
            }
        }

        writer.CloseBlock();
        return FileHeader.Finish(writer);
    }

    /// <summary>The member regions a client gets, in order: event-stream, cookie and reserved-query helpers only when an operation needs them.</summary>
    public static IEnumerable<string> Regions(bool hasStreaming, bool hasCookies = false, bool allowsReserved = false)
    {
        yield return Requests;
        if (hasCookies)
        {
            yield return Cookies;
        }

        if (allowsReserved)
        {
            yield return AllowReserved;
        }

        yield return Sending;
        yield return Retrying;
        yield return Buffering;
        yield return ResponseStream;
        yield return Responses;
        yield return Capture;
        if (hasStreaming)
        {
            yield return Streaming;
        }
    }
}
