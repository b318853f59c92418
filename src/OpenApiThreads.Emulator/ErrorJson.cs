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
        WriteNullableString(writer, "param", error.Param);
        WriteNullableString(writer, "code", error.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
