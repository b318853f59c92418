using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// A run just created by <c>POST /v1/threads/runs</c>. <see cref="Request"/> is the validated request body; it
/// belongs to a JsonDocument the handler disposes after writing, so this value must not outlive the handler.
/// </summary>
internal readonly record struct QueuedRun(string Id, string ThreadId, string AssistantId, long CreatedAt, JsonElement Request);
