using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The run object in status <c>queued</c>. Every property of the spec's RunObject is written, including the
/// ones that are null until a run progresses, because OpenAI's clients treat them as required.
/// </summary>
internal static class RunJson
{
    private const string DefaultModel = "gpt-4o";

    // OpenAI gives a run ten minutes to finish before it expires.
    private const long ExpirySeconds = 600;

    public static void Write(Utf8JsonWriter writer, QueuedRun run)
    {
        JsonElement request = run.Request;
        writer.WriteStartObject();
        writer.WriteString("id", run.Id);
        writer.WriteString("object", "thread.run");
        writer.WriteNumber("created_at", run.CreatedAt);
        writer.WriteString("assistant_id", run.AssistantId);
        writer.WriteString("thread_id", run.ThreadId);
        writer.WriteString("status", "queued");
        writer.WriteNull("started_at");
        writer.WriteNumber("expires_at", run.CreatedAt + ExpirySeconds);
        writer.WriteNull("cancelled_at");
        writer.WriteNull("failed_at");
        writer.WriteNull("completed_at");
        writer.WriteNull("required_action");
        writer.WriteNull("last_error");

        if (!TryEcho(writer, request, "model"))
        {
            writer.WriteString("model", DefaultModel);
        }

        if (!TryEcho(writer, request, "instructions"))
        {
            writer.WriteNull("instructions");
        }

        if (!TryEcho(writer, request, "tools"))
        {
            writer.WriteStartArray("tools");
            writer.WriteEndArray();
        }

        if (!TryEcho(writer, request, "metadata"))
        {
            writer.WriteStartObject("metadata");
            writer.WriteEndObject();
        }

        writer.WriteNull("incomplete_details");
        writer.WriteNull("usage");

        if (!TryEcho(writer, request, "temperature"))
        {
            writer.WriteNumber("temperature", 1);
        }

        if (!TryEcho(writer, request, "top_p"))
        {
            writer.WriteNumber("top_p", 1);
        }

        if (!TryEcho(writer, request, "max_prompt_tokens"))
        {
            writer.WriteNull("max_prompt_tokens");
        }

        if (!TryEcho(writer, request, "max_completion_tokens"))
        {
            writer.WriteNull("max_completion_tokens");
        }

        if (!TryEcho(writer, request, "truncation_strategy"))
        {
            writer.WriteStartObject("truncation_strategy");
            writer.WriteString("type", "auto");
            writer.WriteNull("last_messages");
            writer.WriteEndObject();
        }

        if (!TryEcho(writer, request, "response_format"))
        {
            writer.WriteString("response_format", "auto");
        }

        if (!TryEcho(writer, request, "tool_choice"))
        {
            writer.WriteString("tool_choice", "auto");
        }

        if (!TryEcho(writer, request, "parallel_tool_calls"))
        {
            writer.WriteBoolean("parallel_tool_calls", true);
        }

        writer.WriteEndObject();
    }

    /// <summary>Copies the request's value verbatim; a missing or null value means "use the default".</summary>
    private static bool TryEcho(Utf8JsonWriter writer, JsonElement request, string name)
    {
        JsonElement value = Validation.Property(request, name);
        if (Validation.IsAbsent(value))
        {
            return false;
        }

        writer.WritePropertyName(name);
        value.WriteTo(writer);
        return true;
    }
}
