using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Benchmarks.HandWritten;

/// <summary>One event of a streamed run as the hand-written client hands it out: its name and its parsed data.</summary>
public readonly record struct HandEvent(string Type, object? Data);

/// <summary>
/// The baseline client: HttpClient and System.Text.Json source generation written by hand, sending the same headers
/// as the generated client (bearer key, OpenAI-Beta, Accept) and reading with the same streaming deserialiser. No
/// retries, no timeouts, no error types: what a careful person writes for four calls.
/// </summary>
public sealed class HandWrittenClient(HttpClient http, Uri baseAddress, string apiKey)
{
    private static readonly HandWrittenJsonContext s_json = HandWrittenJsonContext.Default;

    public Task<HandThread> CreateThreadAsync(HandCreateThreadRequest body, CancellationToken cancellationToken = default)
    {
        HttpRequestMessage request = NewRequest(HttpMethod.Post, "threads", "application/json");
        request.Content = Json(body, s_json.HandCreateThreadRequest);
        return SendAsync(request, s_json.HandThread, cancellationToken);
    }

    public Task<HandThread> GetThreadAsync(string threadId, CancellationToken cancellationToken = default)
        => SendAsync(NewRequest(HttpMethod.Get, "threads/" + Uri.EscapeDataString(threadId), "application/json"), s_json.HandThread, cancellationToken);

    public Task<HandMessageList> ListMessagesAsync(string threadId, int limit, CancellationToken cancellationToken = default)
        => SendAsync(NewRequest(HttpMethod.Get, "threads/" + Uri.EscapeDataString(threadId) + "/messages?limit=" + limit, "application/json"), s_json.HandMessageList, cancellationToken);

    public async IAsyncEnumerable<HandEvent> CreateRunStreamingAsync(string threadId, HandCreateRunRequest body, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        body.Stream = true;
        using HttpRequestMessage request = NewRequest(HttpMethod.Post, "threads/" + Uri.EscapeDataString(threadId) + "/runs", "text/event-stream");
        request.Content = Json(body, s_json.HandCreateRunRequest);
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (SseItem<HandEvent> item in SseParser.Create(stream, Parse).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.EventType == "done")
            {
                yield break;
            }

            yield return item.Data;
        }
    }

    private static HandEvent Parse(string type, ReadOnlySpan<byte> data)
    {
        object? value = type switch
        {
            "done" => null,
            "thread.message.delta" => JsonSerializer.Deserialize(data, s_json.HandMessageDelta),
            _ when type.StartsWith("thread.run.step.", StringComparison.Ordinal) => JsonSerializer.Deserialize(data, s_json.HandRunStep),
            _ when type.StartsWith("thread.run.", StringComparison.Ordinal) => JsonSerializer.Deserialize(data, s_json.HandRun),
            _ when type.StartsWith("thread.message.", StringComparison.Ordinal) => JsonSerializer.Deserialize(data, s_json.HandMessage),
            _ => JsonSerializer.Deserialize(data, s_json.JsonElement),
        };
        return new HandEvent(type, value);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string relativeUri, string accept)
    {
        var request = new HttpRequestMessage(method, new Uri(baseAddress, relativeUri));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        request.Headers.TryAddWithoutValidation("OpenAI-Beta", "assistants=v2");
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static ByteArrayContent Json<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using (request)
        {
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("JSON null where an object was expected.");
        }
    }
}
