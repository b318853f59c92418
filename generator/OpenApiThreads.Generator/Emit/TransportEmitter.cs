using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The client's transport, shared by every operation: building requests, sending them with retries and a
/// timeout, and turning responses into values or exceptions. It depends only on the names and the auth scheme,
/// so a spec edit that adds an operation leaves this file Unchanged.
/// </summary>
internal static class TransportEmitter
{
    private const string Http = "global::System.Net.Http";
    private const string Tasks = "global::System.Threading.Tasks";
    private const string Json = "global::System.Text.Json";
    private const string Meta = "global::System.Text.Json.Serialization.Metadata";
    private const string Token = "global::System.Threading.CancellationToken";

    public static string Emit(TransportEmitItem item)
    {
        EmitHeader header = item.Header;
        string exception = "global::" + header.Namespace + "." + header.ExceptionName;
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            {{header.Accessibility}} partial class {{header.ClientName}}
            {
            """);
        WriteRequestBuilding(writer, item, header);
        WriteSending(writer, header);
        WriteResponseReading(writer, exception, "global::" + header.Namespace + "." + header.ContextName);
        if (item.HasStreaming)
        {
            StreamTransportEmitter.Write(writer, exception);
        }

        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }

    private static void WriteRequestBuilding(SourceWriter writer, TransportEmitItem item, EmitHeader header)
    {
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
                        SetHeader(request, {{DocComments.Literal(item.Auth.HeaderName!)}}, _options.ApiKey!);
                    }

            """,
            _ => string.Empty,
        };
        writer.WriteLines($$"""
                private {{Http}}.HttpRequestMessage CreateRequest({{Http}}.HttpMethod method, string relativeUri, string? accept)
                {
                    global::System.Uri baseAddress = _options.BaseAddress
                        ?? throw new global::System.InvalidOperationException("Set {{header.OptionsName}}.BaseAddress: the document names no server.");
                    string root = baseAddress.AbsoluteUri;
                    var request = new {{Http}}.HttpRequestMessage(method, new global::System.Uri(root.EndsWith("/", global::System.StringComparison.Ordinal) ? root + relativeUri : root + "/" + relativeUri, global::System.UriKind.Absolute));
                    if (accept is not null)
                    {
                        // A constant the generator wrote: no need to parse it on every request.
                        request.Headers.TryAddWithoutValidation("Accept", accept);
                    }

                    if (!string.IsNullOrEmpty(_options.UserAgent))
                    {
                        SetHeader(request, "User-Agent", _options.UserAgent!);
                    }

            {{auth}}        foreach (global::System.Collections.Generic.KeyValuePair<string, string> header in _options.DefaultHeaders)
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

                /// <summary>One value for a whole array (<c>explode: false</c>): items joined by the style's separator.</summary>
                private static string JoinQuery<T>(global::System.Collections.Generic.IEnumerable<T> items, string separator, global::System.Func<T, string> format)
                {
                    var joined = new global::System.Text.StringBuilder();
                    foreach (T item in items)
                    {
                        if (joined.Length > 0)
                        {
                            joined.Append(separator);
                        }

                        joined.Append(format(item));
                    }

                    return joined.ToString();
                }

                /// <summary>The body as UTF-8 JSON, serialised once so every retry resends the same bytes.</summary>
                private static {{Http}}.HttpContent JsonContent<T>(T body, {{Meta}}.JsonTypeInfo<T> typeInfo)
                {
                    var content = new {{Http}}.ByteArrayContent({{Json}}.JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
                    content.Headers.ContentType = new {{Http}}.Headers.MediaTypeHeaderValue("application/json");
                    return content;
                }

            """);
    }

    private static void WriteSending(SourceWriter writer, EmitHeader header)
    {
        writer.WriteLines($$"""
                /// <summary>
                /// Sends the request, retrying 408, 409, 429, 5xx, connection failures and timed-out attempts with
                /// exponential backoff and jitter, or after the delay the server asks for (<c>retry-after-ms</c>,
                /// <c>Retry-After</c>). A non-streaming body is read within the attempt, so the timeout covers it too.
                /// </summary>
                private async {{Tasks}}.Task<{{Http}}.HttpResponseMessage> SendAsync({{Http}}.HttpRequestMessage request, string operationId, bool streaming, {{Token}} cancellationToken)
                {
                    {{Http}}.HttpCompletionOption completion = streaming ? {{Http}}.HttpCompletionOption.ResponseHeadersRead : {{Http}}.HttpCompletionOption.ResponseContentRead;
                    global::System.TimeSpan timeout = _options.Timeout;
                    int retries = _options.MaxRetries;
                    for (int attempt = 0; ; attempt++)
                    {
                        {{Http}}.HttpResponseMessage? response = null;
                        global::System.Threading.CancellationTokenSource? timer = null;
                        try
                        {
                            {{Token}} token = cancellationToken;

                            // HttpClient.Timeout already bounds each send; a timer of our own is only needed when ours is shorter.
                            if (timeout != global::System.Threading.Timeout.InfiniteTimeSpan && (_httpClient.Timeout == global::System.Threading.Timeout.InfiniteTimeSpan || timeout < _httpClient.Timeout))
                            {
                                timer = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                                timer.CancelAfter(timeout);
                                token = timer.Token;
                            }

                            response = await _httpClient.SendAsync(request, completion, token).ConfigureAwait(false);
                        }
                        catch (global::System.OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
                        {
                            // The attempt ran out of time (this client's timeout or HttpClient.Timeout), not the caller's patience.
                            if (attempt >= retries)
                            {
                                throw new global::System.TimeoutException(
                                    operationId + " got no response within " + (timer is null ? _httpClient.Timeout.ToString() + " (the HttpClient's timeout)" : timeout.ToString()) + (attempt > 0 ? " on any of " + (attempt + 1) + " attempts." : "."),
                                    exception);
                            }
                        }
                        catch (global::System.OperationCanceledException exception) when (exception.CancellationToken != cancellationToken)
                        {
                            // The caller cancelled, but the exception carries the linked timeout token: give the caller theirs.
                            throw new global::System.OperationCanceledException(exception.Message, exception, cancellationToken);
                        }
                        catch ({{Http}}.HttpRequestException) when (attempt < retries && !cancellationToken.IsCancellationRequested)
                        {
                            // A connection that failed or dropped: worth another attempt.
                        }
                        finally
                        {
                            timer?.Dispose();
                        }

                        global::System.TimeSpan? serverDelay = null;
                        if (response is not null)
                        {
                            if (attempt >= retries || !IsRetryable((int)response.StatusCode))
                            {
                                return response;
                            }

                            serverDelay = RetryAfter(response);
                            response.Dispose();
                        }

                        await {{Tasks}}.Task.Delay(serverDelay ?? Backoff(attempt), cancellationToken).ConfigureAwait(false);
                        request = Resend(request);
                    }
                }

                private static bool IsRetryable(int status) => status is 408 or 409 or 429 || status >= 500;

                /// <summary>The wait the server asked for, when it is a sane one (more than zero, at most a minute).</summary>
                private static global::System.TimeSpan? RetryAfter({{Http}}.HttpResponseMessage response)
                {
                    global::System.TimeSpan? delay = null;
                    if (response.Headers.TryGetValues("retry-after-ms", out global::System.Collections.Generic.IEnumerable<string>? values)
                        && double.TryParse(global::System.Linq.Enumerable.FirstOrDefault(values), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out double milliseconds))
                    {
                        delay = global::System.TimeSpan.FromMilliseconds(milliseconds);
                    }
                    else if (response.Headers.RetryAfter is { } retryAfter)
                    {
                        delay = retryAfter.Delta ?? (retryAfter.Date - global::System.DateTimeOffset.UtcNow);
                    }

                    return delay > global::System.TimeSpan.Zero && delay <= global::System.TimeSpan.FromMinutes(1) ? delay : null;
                }

                /// <summary>Exponential backoff from the options' initial delay up to their cap, less up to a quarter of jitter.</summary>
                private global::System.TimeSpan Backoff(int attempt)
                {
                    double seconds = global::System.Math.Min(_options.MaxRetryDelay.TotalSeconds, _options.InitialRetryDelay.TotalSeconds * global::System.Math.Pow(2, attempt));
                    return global::System.TimeSpan.FromSeconds(seconds * (1 - (0.25 * global::System.Random.Shared.NextDouble())));
                }

                /// <summary>A request message can be sent once; a retry sends a copy with the same headers and the same body bytes.</summary>
                private static {{Http}}.HttpRequestMessage Resend({{Http}}.HttpRequestMessage sent)
                {
                    var copy = new {{Http}}.HttpRequestMessage(sent.Method, sent.RequestUri)
                    {
                        Content = sent.Content,
                        Version = sent.Version,
                        VersionPolicy = sent.VersionPolicy,
                    };
                    foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in sent.Headers)
                    {
                        copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }

                    return copy;
                }

            """);
    }

    private static void WriteResponseReading(SourceWriter writer, string exception, string context)
    {
        writer.WriteLines($$"""
                /// <summary>Reads a success body; a body that is not the declared JSON becomes an exception that says so.</summary>
                private static async {{Tasks}}.Task<T> ReadResponseAsync<T>({{Http}}.HttpResponseMessage response, string operationId, string typeName, {{Meta}}.JsonTypeInfo<T> typeInfo, {{context}}.FastReader<T>? fastRead, {{Token}} cancellationToken)
                {
                    T? value;
                    try
                    {
                        // SendAsync buffered the body within the attempt (ResponseContentRead), so this stream is in
                        // memory and a synchronous read neither blocks nor pays for an async state machine.
                        global::System.IO.Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                        value = fastRead is not null && body.CanSeek && {{context}}.UsesOwnOptions(typeInfo.Options)
                            ? ReadBuffered(body, fastRead, typeInfo)
                            : {{Json}}.JsonSerializer.Deserialize(body, typeInfo);
                    }
                    catch ({{Json}}.JsonException exception)
                    {
                        throw await MalformedAsync(response, operationId, "a body that is not a valid " + typeName + ": " + exception.Message, exception, cancellationToken).ConfigureAwait(false);
                    }

                    return value ?? throw await MalformedAsync(response, operationId, "JSON null where a " + typeName + " was expected.", null, cancellationToken).ConfigureAwait(false);
                }

                /// <summary>The in-memory body through a generated reader, copied once into a pooled buffer.</summary>
                private static T? ReadBuffered<T>(global::System.IO.Stream body, {{context}}.FastReader<T> fastRead, {{Meta}}.JsonTypeInfo<T> typeInfo)
                {
                    int length = checked((int)(body.Length - body.Position));
                    byte[] buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(length);
                    try
                    {
                        int filled = 0;
                        int read;
                        while (filled < length && (read = body.Read(buffer, filled, length - filled)) > 0)
                        {
                            filled += read;
                        }

                        return {{context}}.ReadDocument(new global::System.ReadOnlySpan<byte>(buffer, 0, filled), fastRead, typeInfo);
                    }
                    finally
                    {
                        global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    }
                }

                private static async {{Tasks}}.Task<{{exception}}> MalformedAsync({{Http}}.HttpResponseMessage response, string operationId, string what, global::System.Exception? inner, {{Token}} cancellationToken)
                {
                    string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    return new {{exception}}(operationId + " answered " + (int)response.StatusCode + " with " + what, (int)response.StatusCode, body, {{exception}}.CopyHeaders(response), inner)
                    { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, IsMalformedResponse = true };
                }

                /// <summary>Turns a non-success response into an exception carrying the status, the parsed error and the raw body.</summary>
                private static async {{Tasks}}.Task EnsureSuccessAsync<TError>({{Http}}.HttpResponseMessage response, string operationId, {{Meta}}.JsonTypeInfo<TError> errorInfo, global::System.Func<TError, string?> messageOf, {{Token}} cancellationToken)
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

                private static async {{Tasks}}.Task EnsureSuccessAsync({{Http}}.HttpResponseMessage response, string operationId, {{Token}} cancellationToken)
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
}
