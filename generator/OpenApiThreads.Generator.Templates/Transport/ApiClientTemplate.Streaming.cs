// Template: the generator copies the Streaming region only into clients with text/event-stream operations (and
// System.Net.ServerSentEvents in the compilation). The generated parser per event type returns StreamItem<T>.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Streaming
        /// <summary>The body with its stream flag set to true, without touching the caller's object.</summary>
        private static global::System.Net.Http.HttpContent StreamingJsonContent<T>(T body, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string flag)
        {
            global::System.Text.Json.Nodes.JsonNode? node = global::System.Text.Json.JsonSerializer.SerializeToNode(body, typeInfo);
            if (node is global::System.Text.Json.Nodes.JsonObject json)
            {
                json[flag] = true;
            }

            var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
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

            var content = new global::System.Net.Http.ByteArrayContent(buffer.WrittenSpan.ToArray());
            content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return content;
        }

        /// <summary>
        /// Yields each event as it arrives. The caller's token is honoured between events and inside a read; a
        /// malformed event becomes an exception naming the operation, never a half-built value.
        /// </summary>
        private async global::System.Collections.Generic.IAsyncEnumerable<T> ReadEventsAsync<T>(
            global::System.Net.Http.HttpResponseMessage response,
            string operationId,
            global::System.Net.ServerSentEvents.SseItemParser<StreamItem<T>> parser,
            [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
        {
            string? mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !mediaType.Equals("text/event-stream", global::System.StringComparison.OrdinalIgnoreCase))
            {
                throw await MalformedAsync(response, operationId, "'" + mediaType + "' where a text/event-stream was expected.", null, cancellationToken).ConfigureAwait(false);
            }

            // Every read within the idle timeout, and no line past the limit: SseParser would wait and buffer forever.
            global::System.IO.Stream stream = new ResponseStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), operationId, _options.StreamIdleTimeout, EventLineLimit);
            global::System.Collections.Generic.IAsyncEnumerator<global::System.Net.ServerSentEvents.SseItem<StreamItem<T>>> events =
                global::System.Net.ServerSentEvents.SseParser.Create(stream, parser).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using global::System.Runtime.CompilerServices.ConfiguredAsyncDisposable disposeEvents = global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(events, false);
            while (true)
            {
                // SseParser hands out events it has already buffered without looking at the token.
                cancellationToken.ThrowIfCancellationRequested();
                StreamItem<T> item;
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    item = events.Current.Data;
                }
                catch (global::System.Text.Json.JsonException exception)
                {
                    throw new global::OpenApiThreads.Templates.ApiExceptionTemplate(operationId + " streamed an event that is not the documented JSON: " + exception.Message, (int)response.StatusCode, null, global::OpenApiThreads.Templates.ApiExceptionTemplate.CopyHeaders(response), exception)
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

        /// <summary>The longest line an event stream may send (8 MiB): far above any event the API sends, far below a runaway.</summary>
        private const int EventLineLimit = 8 * 1024 * 1024;

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
        private static global::System.Text.Json.JsonElement UnknownEvent(string eventType, global::System.ReadOnlySpan<byte> data)
        {
            var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
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

            using global::System.Text.Json.JsonDocument document = global::System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory);
            return document.RootElement.Clone();
        }

        private static bool IsJson(global::System.ReadOnlySpan<byte> data)
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(data);
            try
            {
                return reader.Read() && reader.TrySkip() && !reader.Read();
            }
            catch (global::System.Text.Json.JsonException)
            {
                return false;
            }
        }
        #endregion
    }
}
