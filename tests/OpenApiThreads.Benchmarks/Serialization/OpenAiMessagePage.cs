using System;
using System.Buffers;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Text.Json;
using OpenAI;
using OpenAI.Assistants;

namespace OpenApiThreads.Benchmarks.Serialization;

/// <summary>
/// The official library has no public type for a page of messages (its paging hands out ThreadMessage items), so a
/// page is read and written around its public IJsonModel&lt;ThreadMessage&gt;: the wrapper by Utf8JsonReader/Writer,
/// each message by the library itself. That is the cheapest public route, and the one its own pages take per item.
/// </summary>
public static class OpenAiMessagePage
{
    private static readonly ModelReaderWriterOptions s_options = ModelReaderWriterOptions.Json;

    // IJsonModel<T>.Create is an instance method that ignores the instance; any message will do.
    private static readonly IJsonModel<ThreadMessage> s_reader =
        ModelReaderWriter.Read<ThreadMessage>(BinaryData.FromString(SampleJson.MessageJson(0)), s_options, OpenAIContext.Default)!;

    public sealed record Page(List<ThreadMessage> Data, string? FirstId, string? LastId, bool HasMore);

    public static Page Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var data = new List<ThreadMessage>();
        string? firstId = null, lastId = null;
        bool hasMore = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    data.Add(s_reader.Create(ref reader, s_options) ?? throw new JsonException("A message read as null."));
                }
            }
            else if (reader.ValueTextEquals("first_id"u8))
            {
                reader.Read();
                firstId = reader.GetString();
            }
            else if (reader.ValueTextEquals("last_id"u8))
            {
                reader.Read();
                lastId = reader.GetString();
            }
            else if (reader.ValueTextEquals("has_more"u8))
            {
                reader.Read();
                hasMore = reader.GetBoolean();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new Page(data, firstId, lastId, hasMore);
    }

    public static byte[] Write(Page page)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("object"u8, "list"u8);
            writer.WriteStartArray("data"u8);
            foreach (IJsonModel<ThreadMessage> message in page.Data)
            {
                message.Write(writer, s_options);
            }

            writer.WriteEndArray();
            writer.WriteString("first_id"u8, page.FirstId);
            writer.WriteString("last_id"u8, page.LastId);
            writer.WriteBoolean("has_more"u8, page.HasMore);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
