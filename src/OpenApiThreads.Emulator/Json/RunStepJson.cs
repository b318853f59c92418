using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>The run step object, with <c>step_details</c> for a message creation or function calls.</summary>
internal static class RunStepJson
{
    public static void Write(Utf8JsonWriter writer, RunStepRecord step)
    {
        writer.WriteStartObject();
        writer.WriteString("id", step.Id);
        writer.WriteString("object", "thread.run.step");
        writer.WriteNumber("created_at", step.CreatedAt);
        writer.WriteString("assistant_id", step.AssistantId);
        writer.WriteString("thread_id", step.ThreadId);
        writer.WriteString("run_id", step.RunId);
        writer.WriteString("type", step.Type);
        writer.WriteString("status", step.Status);
        WriteDetails(writer, step);
        writer.WriteNull("last_error");
        writer.WriteNull("expired_at");
        writer.WriteNumberOrNull("cancelled_at", step.CancelledAt);
        writer.WriteNull("failed_at");
        writer.WriteNumberOrNull("completed_at", step.CompletedAt);
        writer.WriteStartObject("metadata");
        writer.WriteEndObject();
        UsageJson.Write(writer, step.Usage);
        writer.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter writer, RunStepRecord step)
    {
        writer.WriteStartObject("step_details");
        writer.WriteString("type", step.Type);
        if (step.MessageId is { } messageId)
        {
            writer.WriteStartObject("message_creation");
            writer.WriteString("message_id", messageId);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartArray("tool_calls");
            foreach (ToolCall call in step.ToolCalls)
            {
                writer.WriteStartObject();
                writer.WriteString("id", call.Id);
                writer.WriteString("type", "function");
                writer.WriteStartObject("function");
                writer.WriteString("name", call.FunctionName);
                writer.WriteString("arguments", call.Arguments);
                writer.WriteStringOrNull("output", call.Output);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
