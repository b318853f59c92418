using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Properties that are always present but may be null: OpenAI's objects list them as required, so they are
/// written as JSON null rather than left out.
/// </summary>
internal static class NullableJson
{
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteStringOrNull(this Utf8JsonWriter writer, string name, string? value)
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
