using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The file object (<c>OpenAIFile</c>) and its deletion receipt. <c>status</c> is deprecated but still required by
/// the schema; an emulated file is processed at once. <c>expires_at</c> is an integer that is not required, so a file
/// without an expiry leaves it out rather than sending null.
/// </summary>
internal static class FileJson
{
    public const string Processed = "processed";

    public static void Write(Utf8JsonWriter writer, FileRecord file)
    {
        writer.WriteStartObject();
        writer.WriteString("id", file.Id);
        writer.WriteString("object", "file");
        writer.WriteNumber("bytes", file.Bytes);
        writer.WriteNumber("created_at", file.CreatedAt);
        if (file.ExpiresAt is { } expiresAt)
        {
            writer.WriteNumber("expires_at", expiresAt);
        }

        writer.WriteString("filename", file.FileName);
        writer.WriteString("purpose", file.Purpose);
        writer.WriteString("status", Processed);
        writer.WriteEndObject();
    }

    public static void WriteDeleted(Utf8JsonWriter writer, string fileId)
    {
        writer.WriteStartObject();
        writer.WriteString("id", fileId);
        writer.WriteString("object", "file");
        writer.WriteBoolean("deleted", true);
        writer.WriteEndObject();
    }
}
