using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The run object. Every property of the spec's RunObject is written, including the ones that are null in the
/// run's current status, because OpenAI's clients treat them as required. Settings the request gave are echoed
/// from <see cref="RunRecord.Options"/>; the rest take OpenAI's defaults.
/// </summary>
internal static class RunJson
{
    private const string DefaultModel = "gpt-4o";

    public static void Write(Utf8JsonWriter writer, RunRecord run)
    {
        JsonElement request = run.Options;
        writer.WriteStartObject();
        writer.WriteString("id", run.Id);
        writer.WriteString("object", "thread.run");
        writer.WriteNumber("created_at", run.CreatedAt);
        writer.WriteString("assistant_id", run.AssistantId);
        writer.WriteString("thread_id", run.ThreadId);
        writer.WriteString("status", run.Status);
        writer.WriteNumberOrNull("started_at", run.StartedAt);
        writer.WriteNumberOrNull("expires_at", run.ExpiresAt);
        writer.WriteNumberOrNull("cancelled_at", run.CancelledAt);
        writer.WriteNull("failed_at");
        writer.WriteNumberOrNull("completed_at", run.CompletedAt);
        WriteRequiredAction(writer, run);
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

        MetadataJson.Write(writer, run.Metadata);
        writer.WriteNull("incomplete_details");
        UsageJson.Write(writer, run.Usage);

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

    private static void WriteRequiredAction(Utf8JsonWriter writer, RunRecord run)
    {
        if (run.PendingToolCalls.Count == 0)
        {
            writer.WriteNull("required_action");
            return;
        }

        writer.WriteStartObject("required_action");
        writer.WriteString("type", "submit_tool_outputs");
        writer.WriteStartObject("submit_tool_outputs");
        writer.WriteStartArray("tool_calls");
        foreach (ToolCall call in run.PendingToolCalls)
        {
            writer.WriteStartObject();
            writer.WriteString("id", call.Id);
            writer.WriteString("type", "function");
            writer.WriteStartObject("function");
            writer.WriteString("name", call.FunctionName);
            writer.WriteString("arguments", call.Arguments);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
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
