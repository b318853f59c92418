using System.Collections.Generic;
using OpenApiThreads.Generator.Emit.Templates;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The client's transport, shared by every operation: building requests, sending them with retries and a timeout,
/// turning responses into values or exceptions, and reading event streams. The code is the Transport templates
/// (generator/OpenApiThreads.Generator.Templates), compiled and tested there; this only picks the regions a spec
/// needs and renames. It depends only on the names, the auth scheme and whether anything streams, so a spec edit
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
    public const string BearerAuth = "Auth.Bearer";
    public const string HeaderApiKeyAuth = "Auth.HeaderApiKey";

    /// <summary>The line in the Requests region that stands for the auth lines.</summary>
    private const string AuthHook = "ApplyAuthTemplate(request);";

    public static string Emit(TransportEmitItem item)
    {
        EmitHeader header = item.Header;
        var names = TemplateNames.For(header, item.Auth.Kind == AuthKind.HeaderApiKey ? DocComments.Literal(item.Auth.HeaderName!) : null);
        TemplateFragment? auth = AuthFragment(item.Auth.Kind) is { } authName ? TemplateLibrary.Get(authName) : null;

        SourceWriter writer = FileHeader.Start(header);
        writer.OpenBlock(header.Accessibility + " partial class " + header.ClientName);
        bool first = true;
        foreach (string region in Regions(item.HasStreaming))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            Write(writer, TemplateLibrary.Get(region), names, auth);
        }

        writer.CloseBlock();
        return FileHeader.Finish(writer);
    }

    /// <summary>The member regions a client gets, in order: event-stream helpers only when an operation streams.</summary>
    public static IEnumerable<string> Regions(bool hasStreaming)
    {
        yield return Requests;
        yield return Sending;
        yield return Retrying;
        yield return Buffering;
        yield return ResponseStream;
        yield return Responses;
        if (hasStreaming)
        {
            yield return Streaming;
        }
    }

    /// <summary>
    /// The lines that put the API key on a request, written into CreateRequest in place of the auth hook. They are
    /// template regions rather than lines built here so that each variant is compiled and tested as code; only the
    /// header name comes from the spec, as a string literal. No scheme, no lines (and no dead method).
    /// </summary>
    public static string? AuthFragment(AuthKind kind) => kind switch
    {
        AuthKind.Bearer => BearerAuth,
        AuthKind.HeaderApiKey => HeaderApiKeyAuth,
        _ => null,
    };

    private static void Write(SourceWriter writer, TemplateFragment fragment, TemplateNames names, TemplateFragment? auth)
    {
        IReadOnlyList<string> lines = fragment.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            string trimmed = line.TrimStart(' ');
            if (trimmed != AuthHook)
            {
                writer.WriteLine(names.Apply(line));
                continue;
            }

            if (auth is null)
            {
                // The hook's blank line goes with it, so no auth leaves no gap.
                if (i + 1 < lines.Count && lines[i + 1].Length == 0)
                {
                    i++;
                }

                continue;
            }

            string indent = line.Substring(0, line.Length - trimmed.Length);
            foreach (string authLine in auth.Lines)
            {
                writer.WriteLine(authLine.Length == 0 ? authLine : indent + names.Apply(authLine));
            }
        }
    }
}
