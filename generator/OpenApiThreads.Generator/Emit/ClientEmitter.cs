using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The client class: constructors and one method per operation (plus a streaming and a paging method where the
/// operation allows). The shared plumbing lives in the transport file.
/// </summary>
internal static class ClientEmitter
{
    private const string Http = "global::System.Net.Http";

    public static string Emit(ClientEmitItem item)
    {
        EmitHeader header = item.Header;
        string options = "api::" + header.OptionsName;
        SourceWriter writer = FileHeader.Start(header);
        DocComments.WriteSummary(writer, "A client for the " + header.Title + " API, generated from its OpenAPI document."
            + (item.Description is { Length: > 0 } description ? "\n" + description : string.Empty));
        writer.WriteLines($$"""
            {{header.Accessibility}} partial class {{header.ClientName}} : api::I{{header.ClientName}}
            {
                // One pooled handler for clients created without an HttpClient; connections are recycled so DNS changes are seen.
                // Redirects are not followed here: the handler would resend the body and custom credential headers to
                // any origin. SendAsync follows a 307/308 itself, and only to the same origin.
                private static readonly global::System.Lazy<{{Http}}.HttpClient> s_sharedHttpClient = new(static () => new {{Http}}.HttpClient(
                    new {{Http}}.SocketsHttpHandler { PooledConnectionLifetime = global::System.TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
                {
                    Timeout = global::System.Threading.Timeout.InfiniteTimeSpan,
                });

                private readonly {{Http}}.HttpClient _httpClient;
                private readonly {{options}} _options;
                private readonly api::{{header.ContextName}} _json = api::{{header.ContextName}}.Default;

                /// <summary>Creates a client that sends through a shared, pooled <c>HttpClient</c>.</summary>
                /// <param name="options">Base address, API key, headers, timeout and retries; the defaults when null.</param>
                public {{header.ClientName}}({{options}}? options = null)
                    : this(s_sharedHttpClient.Value, options)
                {
                }

                /// <summary>Creates a client that sends every request through <paramref name="httpClient"/>.</summary>
                /// <param name="httpClient">The HTTP client to send through, for example one from <c>IHttpClientFactory</c>. Its own <c>BaseAddress</c> is not used. Give it a handler with <c>AllowAutoRedirect = false</c>: a handler that follows redirects itself may send custom credential headers to another origin.</param>
                /// <param name="options">Base address, API key, headers, timeout and retries; the defaults when null.</param>
                public {{header.ClientName}}({{Http}}.HttpClient httpClient, {{options}}? options = null)
                {
                    _httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));
                    _options = options ?? new {{options}}();
                }

                /// <summary>The options this client was created with.</summary>
                public {{options}} Options => _options;
            """);

        var sharedChecks = ErrorChecks.Shared(item.Operations, item);
        foreach (OperationSpec operation in item.Operations)
        {
            foreach (ClientMethod method in ClientMethod.For(operation, item.Facts))
            {
                writer.WriteLine();
                OperationEmitter.Emit(writer, method, item, header, sharedChecks);
            }
        }

        ErrorChecks.WriteShared(writer, sharedChecks);

        if (item.Facts.HasServerSentEvents)
        {
            StreamParserEmitter.Write(writer, item.Operations.Select(o => o.Response.Stream).Where(s => s is not null)!, header);
        }

        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }

    internal static string MessageAccessor(ClientEmitItem item, TypeRef errorType)
        => item.ErrorMessages.FirstOrDefault(m => m.TypeName == errorType.Name) is { } accessor
            ? "static error => error" + accessor.Accessor
            : "static _ => null";
}
