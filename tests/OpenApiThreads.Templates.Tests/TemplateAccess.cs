using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Templates
{
    /// <summary>The template's private members, for tests (the generated client keeps them private).</summary>
    internal sealed partial class ApiClientTemplate
    {
        internal HttpRequestMessage TestCreateRequest(HttpMethod method, string relativeUri, string? accept, string? server = null) => CreateRequest(method, relativeUri, accept, server);

        internal static ValueTask<string?> TestTokenAsync(string? token, Func<IReadOnlyList<string>, CancellationToken, ValueTask<string>>? provider, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
            => TokenAsync(token, provider, scopes, cancellationToken);

        internal static void TestSetAuthorization(HttpRequestMessage request, string scheme, string? credentials) => SetAuthorization(request, scheme, credentials);

        internal static string TestBasicCredentials(string userName, string? password) => BasicCredentials(userName, password);

        internal static void TestAddQueryCredential(HttpRequestMessage request, string name, string value) => AddQueryCredential(request, name, value);

        internal static void TestAddCookieCredential(HttpRequestMessage request, string name, string value) => AddCookieCredential(request, name, value);

        internal static void TestSetHeader(HttpRequestMessage request, string name, string value) => SetHeader(request, name, value);

        internal static string TestEscapePathSegment(string value) => EscapePathSegment(value);

        internal static void TestAppendQuery(StringBuilder query, string name, string value) => AppendQuery(query, name, value);

        internal static string TestJoinQuery<T>(IEnumerable<T> items, string separator, Func<T, string> format) => JoinQuery(items, separator, format);

        internal static HttpContent TestJsonContent<T>(T body, JsonTypeInfo<T> typeInfo) => JsonContent(body, typeInfo);

        internal Task<HttpResponseMessage> TestSendAsync(HttpRequestMessage request, bool streaming, CancellationToken cancellationToken)
            => SendAsync(request, "testOperation", streaming, cancellationToken);

        internal static bool TestShouldRetry(HttpRequestMessage request, HttpResponseMessage response) => ShouldRetry(request, response);

        internal static bool TestShouldRetry(HttpRequestMessage request, Exception failure) => ShouldRetry(request, failure);

        internal TimeSpan? TestRetryAfter(HttpResponseMessage response) => RetryAfter(response);

        internal static Uri? TestSameOriginRedirect(HttpRequestMessage request, HttpResponseMessage response) => SameOriginRedirect(request, response);

        internal TimeSpan TestBackoff(int attempt) => Backoff(attempt);

        internal static Task<(byte[] Body, int Length, bool Truncated)> TestReadUpToAsync(System.IO.Stream stream, long? announced, long keep, CancellationToken cancellationToken)
            => ReadUpToAsync(stream, announced, keep, cancellationToken);

        internal static HttpRequestMessage TestResend(HttpRequestMessage sent) => Resend(sent, sent.RequestUri!);

        /// <summary>The instance the static accessors below call through: the Responses members need the options.</summary>
        private static readonly ApiClientTemplate s_default = new(new HttpClient(), new ApiOptionsTemplate());

        internal static Task<T> TestReadResponseAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, ApiJsonContextTemplate.FastReader<T>? fastRead, CancellationToken cancellationToken)
            => s_default.ReadResponseAsync(response, "testOperation", typeof(T).Name, typeInfo, fastRead, cancellationToken);

        internal static Task TestEnsureSuccessAsync<TError>(HttpResponseMessage response, JsonTypeInfo<TError> errorInfo, Func<TError, string?> messageOf, CancellationToken cancellationToken, Func<int, bool, string?>? describe = null)
            => s_default.EnsureSuccessAsync(response, "testOperation", errorInfo, messageOf, describe, cancellationToken);

        internal static Task TestEnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken, Func<int, bool, string?>? describe = null)
            => s_default.EnsureSuccessAsync(response, "testOperation", describe, cancellationToken);

        internal static HttpContent TestStreamingJsonContent<T>(T body, JsonTypeInfo<T> typeInfo, string flag) => StreamingJsonContent(body, typeInfo, flag);

        internal static bool TestIsJson(ReadOnlySpan<byte> data) => IsJson(data);

        internal static JsonElement TestUnknownEvent(string eventType, ReadOnlySpan<byte> data) => UnknownEvent(eventType, data);

        /// <summary>
        /// The events of a stream whose data are JSON strings, parsed the way the generated parsers do: <c>[DONE]</c>
        /// ends it, a <c>done</c> event is the last value, any other event's data is read as <paramref name="typeInfo"/>.
        /// </summary>
        internal static IAsyncEnumerable<T> TestReadEventsAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            SseItemParser<StreamItem<T>> parser = (eventType, data) => IsDone(data)
                ? StreamItem<T>.Done
                : new StreamItem<T>(JsonSerializer.Deserialize(data, typeInfo) ?? throw new JsonException("JSON null is not allowed."), isLast: eventType == "done");
            return s_default.ReadEventsAsync(response, "testOperation", parser, cancellationToken);
        }
    }
}
