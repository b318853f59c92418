using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// A stored run. Immutable: <see cref="RunLifecycle"/> stores a new version at every change of state.
/// </summary>
/// <remarks>
/// <c>Options</c> is the request body the run was created from (a cloned element that outlives its document);
/// its model, tools and sampling settings are echoed in the run object. <c>FunctionNames</c> are the request's
/// function tools: a run with any waits once for their outputs. <c>PendingToolCalls</c> are the calls of
/// <c>required_action</c>, empty unless the status is <c>requires_action</c>.
/// </remarks>
internal sealed record RunRecord(
    string Id,
    string ThreadId,
    string AssistantId,
    long CreatedAt,
    string Status,
    long? StartedAt,
    long? ExpiresAt,
    long? CancelledAt,
    long? CompletedAt,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> FunctionNames,
    IReadOnlyList<ToolCall> PendingToolCalls,
    bool ToolOutputsSubmitted,
    TokenUsage? Usage,
    JsonElement Options) : IStoredObject;
