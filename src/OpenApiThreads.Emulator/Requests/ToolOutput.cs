namespace OpenApiThreads.Emulator;

/// <summary>One entry of a SubmitToolOutputsRunRequest; a missing output counts as empty text.</summary>
internal sealed record ToolOutput(string ToolCallId, string Output);
