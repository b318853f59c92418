using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>
/// A stored run step: either a message the run wrote (<see cref="MessageId"/>) or the function calls it made
/// (<see cref="ToolCalls"/>).
/// </summary>
internal sealed record RunStepRecord(
    string Id,
    string ThreadId,
    string RunId,
    string AssistantId,
    long CreatedAt,
    string Type,
    string Status,
    long? CompletedAt,
    long? CancelledAt,
    string? MessageId,
    IReadOnlyList<ToolCall> ToolCalls,
    TokenUsage? Usage) : IStoredObject
{
    public const string MessageCreation = "message_creation";
    public const string ToolCallsType = "tool_calls";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
