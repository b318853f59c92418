using System;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>The list envelope: <c>object</c>, <c>data</c>, <c>first_id</c>, <c>last_id</c> (null on an empty page) and <c>has_more</c>.</summary>
internal static class ListJson
{
    public static Action<Utf8JsonWriter, ListPage<T>> Writer<T>(Action<Utf8JsonWriter, T> writeItem)
        where T : IStoredObject =>
        (writer, page) => Write(writer, page, writeItem);

    private static void Write<T>(Utf8JsonWriter writer, ListPage<T> page, Action<Utf8JsonWriter, T> writeItem)
        where T : IStoredObject
    {
        writer.WriteStartObject();
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
        foreach (T item in page.Items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
        if (page.Items.Count == 0)
        {
            writer.WriteNull("first_id");
            writer.WriteNull("last_id");
        }
        else
        {
            writer.WriteString("first_id", page.Items[0].Id);
            writer.WriteString("last_id", page.Items[^1].Id);
        }

        writer.WriteBoolean("has_more", page.HasMore);
        writer.WriteEndObject();
    }
}
