using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>
/// A stored message. Immutable: an update stores a new version. <c>AttachmentsJson</c> is the attachments as
/// the request sent them, <c>[]</c> when there are none.
/// </summary>
internal sealed record MessageRecord(
    string Id,
    string ThreadId,
    long CreatedAt,
    string Role,
    string Status,
    long? CompletedAt,
    IReadOnlyList<MessagePart> Content,
    string? AssistantId,
    string? RunId,
    string AttachmentsJson,
    IReadOnlyDictionary<string, string> Metadata) : IStoredObject
{
    public const string InProgress = "in_progress";
    public const string Completed = "completed";

    /// <summary>A message the caller wrote: complete from the start, with no run or assistant.</summary>
    public static MessageRecord FromInput(MessageInput input, string threadId, long createdAt) =>
        new(Ids.New("msg_"), threadId, createdAt, input.Role, Completed, CompletedAt: null, input.Content,
            AssistantId: null, RunId: null, input.AttachmentsJson, input.Metadata);
}
