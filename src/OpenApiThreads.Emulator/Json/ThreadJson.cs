using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>The thread object and the deletion receipt, as OpenAI sends them.</summary>
internal static class ThreadJson
{
    public static void Write(Utf8JsonWriter writer, ThreadRecord thread)
    {
        writer.WriteStartObject();
        writer.WriteString("id", thread.Id);
        writer.WriteString("object", "thread");
        writer.WriteNumber("created_at", thread.CreatedAt);
        MetadataJson.Write(writer, thread.Metadata);
        writer.WritePropertyName("tool_resources");
        WriteToolResources(writer, thread.ToolResources);
        writer.WriteEndObject();
    }

    public static void WriteDeleted(Utf8JsonWriter writer, string threadId)
    {
        writer.WriteStartObject();
        writer.WriteString("id", threadId);
        writer.WriteString("object", "thread.deleted");
        writer.WriteBoolean("deleted", true);
        writer.WriteEndObject();
    }

    private static void WriteToolResources(Utf8JsonWriter writer, ToolResources resources)
    {
        writer.WriteStartObject();
        if (resources.CodeInterpreterFileIds is { } fileIds)
        {
            writer.WriteStartObject("code_interpreter");
            WriteStrings(writer, "file_ids", fileIds);
            writer.WriteEndObject();
        }

        if (resources.FileSearchVectorStoreIds is { } vectorStoreIds)
        {
            writer.WriteStartObject("file_search");
            WriteStrings(writer, "vector_store_ids", vectorStoreIds);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
