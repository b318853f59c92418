using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>The <c>usage</c> of a run or run step: null until it finishes.</summary>
internal static class UsageJson
{
    public static void Write(Utf8JsonWriter writer, TokenUsage? usage)
    {
        if (usage is null)
        {
            writer.WriteNull("usage");
            return;
        }

        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", usage.PromptTokens);
        writer.WriteNumber("completion_tokens", usage.CompletionTokens);
        writer.WriteNumber("total_tokens", usage.TotalTokens);
        writer.WriteEndObject();
    }
}
