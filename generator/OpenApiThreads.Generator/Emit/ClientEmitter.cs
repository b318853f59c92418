using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The client: one async method per operation on top of an <c>HttpClient</c>, plus the private plumbing they share
/// (request building, error bodies, response reading).
/// </summary>
internal static class ClientEmitter
{
    private const string Http = "global::System.Net.Http";
    private const string Tasks = "global::System.Threading.Tasks";
    private const string Json = "global::System.Text.Json";
    private const string Meta = "global::System.Text.Json.Serialization.Metadata";

    public static string Emit(ClientEmitItem item)
    {
        EmitHeader header = item.Header;
        SourceWriter writer = FileHeader.Start(header);
        DocComments.WriteSummary(writer, "A client for the " + header.Title + " API, generated from its OpenAPI document."
            + (item.Description is { Length: > 0 } description ? "\n" + description : string.Empty));
        writer.WriteLines($$"""
            {{header.Accessibility}} partial class {{header.ClientName}}
            {
                private readonly {{Http}}.HttpClient _httpClient;
                private readonly global::{{header.Namespace}}.{{header.OptionsName}} _options;
                private readonly global::{{header.Namespace}}.{{header.ContextName}} _json = global::{{header.Namespace}}.{{header.ContextName}}.Default;

                /// <summary>Creates a client that sends every request through <paramref name="httpClient"/>.</summary>
                /// <param name="httpClient">The HTTP client to send through, for example one from <c>IHttpClientFactory</c>. Its own <c>BaseAddress</c> is not used.</param>
                /// <param name="options">Base address, API key and default headers; the defaults when null.</param>
                public {{header.ClientName}}({{Http}}.HttpClient httpClient, global::{{header.Namespace}}.{{header.OptionsName}}? options = null)
                {
                    _httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));
                    _options = options ?? new global::{{header.Namespace}}.{{header.OptionsName}}();
                }

                /// <summary>The options this client was created with.</summary>
                public global::{{header.Namespace}}.{{header.OptionsName}} Options => _options;
            """);

        foreach (OperationSpec operation in item.Operations)
        {
            writer.WriteLine();
            OperationEmitter.Emit(writer, operation, item, header);
        }

        writer.WriteLine();
        WritePlumbing(writer, item, header);
        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }

    private static void WritePlumbing(SourceWriter writer, ClientEmitItem item, EmitHeader header)
    {
        string exception = "global::" + header.Namespace + "." + header.ExceptionName;
        string auth = item.Auth.Kind switch
        {
            AuthKind.Bearer => """
                    if (!string.IsNullOrEmpty(_options.ApiKey))
                    {
                        request.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _options.ApiKey);
                    }
            """,
            AuthKind.HeaderApiKey => $$"""
                    if (!string.IsNullOrEmpty(_options.ApiKey))
                    {
                        request.Headers.TryAddWithoutValidation({{DocComments.Literal(item.Auth.HeaderName!)}}, _options.ApiKey);
                    }
            """,
            _ => string.Empty,
        };
        writer.WriteLines($$"""
                private {{Http}}.HttpRequestMessage CreateRequest({{Http}}.HttpMethod method, string relativeUri)
                {
                    global::System.Uri baseAddress = _options.BaseAddress
                        ?? throw new global::System.InvalidOperationException("Set {{header.OptionsName}}.BaseAddress: the document names no server.");
                    string root = baseAddress.AbsoluteUri;
                    var request = new {{Http}}.HttpRequestMessage(method, new global::System.Uri(root.EndsWith("/", global::System.StringComparison.Ordinal) ? root + relativeUri : root + "/" + relativeUri, global::System.UriKind.Absolute));
            {{auth}}
                    foreach (global::System.Collections.Generic.KeyValuePair<string, string> header in _options.DefaultHeaders)
                    {
                        SetHeader(request, header.Key, header.Value);
                    }

                    return request;
                }

                /// <summary>Sets a header, refusing CR and LF so a value cannot smuggle in another header.</summary>
                private static void SetHeader({{Http}}.HttpRequestMessage request, string name, string value)
                {
                    if (value.IndexOfAny(s_lineBreaks) >= 0)
                    {
                        throw new global::System.ArgumentException("The value of header '" + name + "' contains a line break.", nameof(value));
                    }

                    request.Headers.Remove(name);
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                private static readonly char[] s_lineBreaks = { '\r', '\n' };

                /// <summary>
                /// Escapes a path parameter so it stays one segment ('/', '?', '#' and '%' are escaped). "." and ".." are
                /// refused: URI stacks un-escape %2E and collapse dot segments, so no spelling of them is safe.
                /// </summary>
                private static string EscapePathSegment(string value)
                {
                    if (value is "." or "..")
                    {
                        throw new global::System.ArgumentException("A path parameter cannot be '" + value + "': it would change the request path.", nameof(value));
                    }

                    return global::System.Uri.EscapeDataString(value);
                }

                private static void AppendQuery(global::System.Text.StringBuilder query, string name, string value)
                {
                    query.Append(query.Length == 0 ? '?' : '&');
                    query.Append(global::System.Uri.EscapeDataString(name));
                    query.Append('=');
                    query.Append(global::System.Uri.EscapeDataString(value));
                }

                private static {{Http}}.HttpContent JsonContent<T>(T body, {{Meta}}.JsonTypeInfo<T> typeInfo)
                {
                    var content = new {{Http}}.ByteArrayContent({{Json}}.JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
                    content.Headers.ContentType = new {{Http}}.Headers.MediaTypeHeaderValue("application/json");
                    return content;
                }

                private async {{Tasks}}.Task<{{Http}}.HttpResponseMessage> SendAsync({{Http}}.HttpRequestMessage request, global::System.Threading.CancellationToken cancellationToken)
                    => await _httpClient.SendAsync(request, {{Http}}.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);

                /// <summary>Reads a success body; a body that is not the declared JSON becomes an exception that says so.</summary>
                private static async {{Tasks}}.Task<T> ReadResponseAsync<T>({{Http}}.HttpResponseMessage response, string operationId, string typeName, {{Meta}}.JsonTypeInfo<T> typeInfo, global::System.Threading.CancellationToken cancellationToken)
                {
                    byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    T? value;
                    try
                    {
                        value = {{Json}}.JsonSerializer.Deserialize(body, typeInfo);
                    }
                    catch ({{Json}}.JsonException exception)
                    {
                        throw new {{exception}}(
                            operationId + " answered " + (int)response.StatusCode + " with a body that is not a valid " + typeName + ": " + exception.Message,
                            (int)response.StatusCode,
                            global::System.Text.Encoding.UTF8.GetString(body),
                            {{exception}}.CopyHeaders(response),
                            exception)
                        { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, IsMalformedResponse = true };
                    }

                    return value ?? throw new {{exception}}(
                        operationId + " answered " + (int)response.StatusCode + " with JSON null where a " + typeName + " was expected.",
                        (int)response.StatusCode,
                        global::System.Text.Encoding.UTF8.GetString(body),
                        {{exception}}.CopyHeaders(response))
                    { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, IsMalformedResponse = true };
                }

                /// <summary>Turns a non-success response into an exception carrying the status, the parsed error and the raw body.</summary>
                private static async {{Tasks}}.Task EnsureSuccessAsync<TError>({{Http}}.HttpResponseMessage response, string operationId, {{Meta}}.JsonTypeInfo<TError> errorInfo, global::System.Func<TError, string?> messageOf, global::System.Threading.CancellationToken cancellationToken)
                {
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }

                    string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    TError? error = default;
                    try
                    {
                        error = body.Length == 0 ? default : {{Json}}.JsonSerializer.Deserialize(body, errorInfo);
                    }
                    catch ({{Json}}.JsonException)
                    {
                        // Not the declared error shape (a proxy's HTML page, say): the raw body still reaches the caller.
                    }

                    string? serverMessage = error is null ? null : messageOf(error);
                    string message = FailureMessage(response, operationId, serverMessage);
                    if (error is not null)
                    {
                        throw new {{exception}}<TError>(message, (int)response.StatusCode, body, {{exception}}.CopyHeaders(response), error)
                        { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, ServerMessage = serverMessage };
                    }

                    throw new {{exception}}(message, (int)response.StatusCode, body, {{exception}}.CopyHeaders(response))
                    { OperationId = operationId, ReasonPhrase = response.ReasonPhrase };
                }

                private static async {{Tasks}}.Task EnsureSuccessAsync({{Http}}.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken)
                {
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }

                    string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    throw new {{exception}}(FailureMessage(response, operationId, null), (int)response.StatusCode, body, {{exception}}.CopyHeaders(response))
                    { OperationId = operationId, ReasonPhrase = response.ReasonPhrase };
                }

                private static string FailureMessage({{Http}}.HttpResponseMessage response, string operationId, string? serverMessage)
                    => operationId + " failed with HTTP " + (int)response.StatusCode + " (" + response.ReasonPhrase + ")"
                        + (string.IsNullOrEmpty(serverMessage) ? "." : ": " + serverMessage);
            """);
    }

    internal static string MessageAccessor(ClientEmitItem item, TypeRef errorType)
        => item.ErrorMessages.FirstOrDefault(m => m.TypeName == errorType.Name) is { } accessor
            ? "static error => error" + accessor.Accessor
            : "static _ => null";

    internal static IEnumerable<ParameterSpec> Signature(OperationSpec operation)
        => operation.Parameters.Where(p => p.FixedValue is null);
}
