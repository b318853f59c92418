using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Reads a SubmitToolOutputsRunRequest and checks it against the calls the run waits for: each pending call
/// exactly once, and no other.
/// </summary>
internal static class ToolOutputsReader
{
    private static readonly string[] KnownProperties = ["tool_outputs", "stream"];
    private static readonly string[] OutputProperties = ["tool_call_id", "output"];

    /// <param name="request">The body, or an absent element for an empty body.</param>
    /// <param name="pending">The calls of the run's <c>required_action</c>.</param>
    /// <returns>The outputs and whether the rest of the run should be streamed.</returns>
    public static (IReadOnlyList<ToolOutput> Outputs, bool Stream) Read(JsonElement request, IReadOnlyList<ToolCall> pending)
    {
        if (request.ValueKind == JsonValueKind.Object)
        {
            Validation.RejectUnknownProperties(request, string.Empty, KnownProperties);
        }

        JsonElement stream = Validation.Property(request, "stream");
        Validation.ExpectBoolean(stream, "stream");

        JsonElement items = Validation.Property(request, "tool_outputs");
        if (Validation.IsAbsent(items))
        {
            throw Validation.Missing("tool_outputs");
        }

        Validation.ExpectArrayOfObjects(items, "tool_outputs", int.MaxValue);
        var outputs = new List<ToolOutput>(items.GetArrayLength());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement item in items.EnumerateArray())
        {
            string param = Validation.At("tool_outputs", index++);
            Validation.RejectUnknownProperties(item, param, OutputProperties);
            string idParam = Validation.Join(param, "tool_call_id");
            JsonElement id = Validation.Property(item, "tool_call_id");
            if (Validation.IsAbsent(id))
            {
                throw Validation.Missing(idParam);
            }

            Validation.ExpectString(id, idParam);
            string callId = id.GetString()!;
            if (!pending.Exists(call => call.Id == callId))
            {
                throw ApiException.InvalidRequest(idParam,
                    $"Invalid '{idParam}': '{callId}' is not a tool call this run is waiting for.");
            }

            if (!seen.Add(callId))
            {
                throw ApiException.InvalidRequest(idParam, $"Invalid '{idParam}': an output for '{callId}' was already given.");
            }

            JsonElement output = Validation.Property(item, "output");
            Validation.ExpectString(output, Validation.Join(param, "output"));
            outputs.Add(new ToolOutput(callId, output.ValueKind == JsonValueKind.String ? output.GetString()! : string.Empty));
        }

        foreach (ToolCall call in pending)
        {
            if (!seen.Contains(call.Id))
            {
                throw ApiException.InvalidRequest("tool_outputs",
                    $"Missing tool output for call '{call.Id}'. Submit the outputs of all pending tool calls in one request.");
            }
        }

        return (outputs, stream.ValueKind == JsonValueKind.True);
    }

    private static bool Exists(this IReadOnlyList<ToolCall> calls, Predicate<ToolCall> match)
    {
        foreach (ToolCall call in calls)
        {
            if (match(call))
            {
                return true;
            }
        }

        return false;
    }
}
