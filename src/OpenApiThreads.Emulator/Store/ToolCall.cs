namespace OpenApiThreads.Emulator;

/// <summary>A function call a run asks the caller to make; <see cref="Output"/> is null until it is submitted.</summary>
internal sealed record ToolCall(string Id, string FunctionName, string Arguments, string? Output);
