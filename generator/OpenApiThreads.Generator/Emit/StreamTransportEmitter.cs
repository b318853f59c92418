namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The transport's part for <c>text/event-stream</c> responses: System.Net.ServerSentEvents splits the frames,
/// a generated parser per event type turns each into a value. Emitted only when the compilation has that library.
/// </summary>
internal static class StreamTransportEmitter
{
    private const string Http = "global::System.Net.Http";
    private const string Json = "global::System.Text.Json";
    private const string Meta = "global::System.Text.Json.Serialization.Metadata";
    private const string Sse = "global::System.Net.ServerSentEvents";

    public static void Write(SourceWriter writer, string exception)
    {
        writer.WriteLines($$"""

                /// <summary>The body with its stream flag set to true, without touching the caller's object.</summary>
                private static {{Http}}.HttpContent StreamingJsonContent<T>(T body, {{Meta}}.JsonTypeInfo<T> typeInfo, string flag)
                {
                    global::System.Text.Json.Nodes.JsonNode? node = {{Json}}.JsonSerializer.SerializeToNode(body, typeInfo);
                    if (node is global::System.Text.Json.Nodes.JsonObject json)
                    {
                        json[flag] = true;
                    }

                    var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
                    using (var writer = new {{Json}}.Utf8JsonWriter(buffer))
                    {
                        if (node is null)
                        {
                            writer.WriteNullValue();
                        }
                        else
                        {
                            node.WriteTo(writer);
                        }
                    }

                    var content = new {{Http}}.ByteArrayContent(buffer.WrittenSpan.ToArray());
                    content.Headers.ContentType = new {{Http}}.Headers.MediaTypeHeaderValue("application/json");
                    return content;
                }

                /// <summary>
                /// Yields each event as it arrives. The caller's token is honoured between events and inside a read; a
                /// malformed event becomes an exception naming the operation, never a half-built value.
                /// </summary>
                private static async global::System.Collections.Generic.IAsyncEnumerable<T> ReadEventsAsync<T>(
                    {{Http}}.HttpResponseMessage response,
                    string operationId,
                    {{Sse}}.SseItemParser<StreamItem<T>> parser,
                    [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
                {
                    string? mediaType = response.Content.Headers.ContentType?.MediaType;
                    if (mediaType is not null && !mediaType.Equals("text/event-stream", global::System.StringComparison.OrdinalIgnoreCase))
                    {
                        throw await MalformedAsync(response, operationId, "'" + mediaType + "' where a text/event-stream was expected.", null, cancellationToken).ConfigureAwait(false);
                    }

                    global::System.IO.Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    await using global::System.Collections.Generic.IAsyncEnumerator<{{Sse}}.SseItem<StreamItem<T>>> events =
                        {{Sse}}.SseParser.Create(stream, parser).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                    while (true)
                    {
                        StreamItem<T> item;
                        try
                        {
                            if (!await events.MoveNextAsync().ConfigureAwait(false))
                            {
                                yield break;
                            }

                            item = events.Current.Data;
                        }
                        catch ({{Json}}.JsonException exception)
                        {
                            throw new {{exception}}(operationId + " streamed an event that is not the documented JSON: " + exception.Message, (int)response.StatusCode, null, {{exception}}.CopyHeaders(response), exception)
                            { OperationId = operationId, ReasonPhrase = response.ReasonPhrase, IsMalformedResponse = true };
                        }

                        if (item.HasValue)
                        {
                            yield return item.Value;
                        }

                        if (item.IsLast)
                        {
                            yield break;
                        }
                    }
                }

                /// <summary>A parsed event; the last one (<c>[DONE]</c>, or a <c>done</c> event) ends the sequence.</summary>
                private readonly struct StreamItem<T>
                {
                    public StreamItem(T value, bool isLast)
                    {
                        Value = value;
                        HasValue = true;
                        IsLast = isLast;
                    }

                    private StreamItem(bool isLast)
                    {
                        Value = default!;
                        HasValue = false;
                        IsLast = isLast;
                    }

                    /// <summary>The <c>[DONE]</c> sentinel: no value, and nothing after it.</summary>
                    public static StreamItem<T> Done => new(isLast: true);

                    public T Value { get; }

                    public bool HasValue { get; }

                    public bool IsLast { get; }
                }

                private static bool IsDone(global::System.ReadOnlySpan<byte> data)
                    => global::System.MemoryExtensions.SequenceEqual(data, "[DONE]"u8);

                /// <summary>An event no branch describes, kept whole as <c>{"event": …, "data": …}</c> rather than dropped.</summary>
                private static {{Json}}.JsonElement UnknownEvent(string eventType, global::System.ReadOnlySpan<byte> data)
                {
                    var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
                    using (var writer = new {{Json}}.Utf8JsonWriter(buffer))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("event", eventType);
                        writer.WritePropertyName("data");
                        if (IsJson(data))
                        {
                            writer.WriteRawValue(data);
                        }
                        else
                        {
                            writer.WriteStringValue(global::System.Text.Encoding.UTF8.GetString(data));
                        }

                        writer.WriteEndObject();
                    }

                    using {{Json}}.JsonDocument document = {{Json}}.JsonDocument.Parse(buffer.WrittenMemory);
                    return document.RootElement.Clone();
                }

                private static bool IsJson(global::System.ReadOnlySpan<byte> data)
                {
                    var reader = new {{Json}}.Utf8JsonReader(data);
                    try
                    {
                        return reader.Read() && reader.TrySkip() && !reader.Read();
                    }
                    catch ({{Json}}.JsonException)
                    {
                        return false;
                    }
                }
            """);
    }
}
