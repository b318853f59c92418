using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>OpenAI's <c>ErrorResponse</c>: all four fields of <c>error</c> are always present.</summary>
internal static class ErrorJson
{
    public static void Write(Utf8JsonWriter writer, ApiException error)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteString("message", error.Message);
        writer.WriteString("type", error.Type);
        writer.WriteStringOrNull("param", error.Param);
        writer.WriteStringOrNull("code", error.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
