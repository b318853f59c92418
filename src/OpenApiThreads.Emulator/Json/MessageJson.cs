using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>The message object, its deletion receipt and the message delta, as OpenAI sends them.</summary>
internal static class MessageJson
{
    public static void Write(Utf8JsonWriter writer, MessageRecord message)
    {
        writer.WriteStartObject();
        writer.WriteString("id", message.Id);
        writer.WriteString("object", "thread.message");
        writer.WriteNumber("created_at", message.CreatedAt);
        writer.WriteString("thread_id", message.ThreadId);
        writer.WriteString("status", message.Status);
        writer.WriteNull("incomplete_details");
        writer.WriteNumberOrNull("completed_at", message.CompletedAt);
        writer.WriteNull("incomplete_at");
        writer.WriteString("role", message.Role);
        writer.WriteStartArray("content");
        foreach (MessagePart part in message.Content)
        {
            WritePart(writer, part);
        }

        writer.WriteEndArray();
        writer.WriteStringOrNull("assistant_id", message.AssistantId);
        writer.WriteStringOrNull("run_id", message.RunId);
        writer.WritePropertyName("attachments");
        writer.WriteRawValue(message.AttachmentsJson, skipInputValidation: true);
        MetadataJson.Write(writer, message.Metadata);
        writer.WriteEndObject();
    }

    public static void WriteDeleted(Utf8JsonWriter writer, string messageId)
    {
        writer.WriteStartObject();
        writer.WriteString("id", messageId);
        writer.WriteString("object", "thread.message.deleted");
        writer.WriteBoolean("deleted", true);
        writer.WriteEndObject();
    }

    /// <summary>A <c>thread.message.delta</c> that appends <paramref name="text"/> to the first content part.</summary>
    public static void WriteTextDelta(Utf8JsonWriter writer, string messageId, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("id", messageId);
        writer.WriteString("object", "thread.message.delta");
        writer.WriteStartObject("delta");
        writer.WriteStartArray("content");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteString("type", "text");
        writer.WriteStartObject("text");
        writer.WriteString("value", text);
        writer.WriteStartArray("annotations");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter writer, MessagePart part)
    {
        switch (part)
        {
            case TextPart text:
                writer.WriteStartObject();
                writer.WriteString("type", "text");
                writer.WriteStartObject("text");
                writer.WriteString("value", text.Value);
                writer.WriteStartArray("annotations");
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case ImagePart image:
                writer.WriteRawValue(image.Json, skipInputValidation: true);
                break;
        }
    }
}
