using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// A validated CreateRunRequest, or the run half of a CreateThreadAndRunRequest. <c>FunctionNames</c> are the
/// names of the <c>function</c> tools in request order; <c>Options</c> is a clone of the whole body, so the run
/// can echo its settings after the request's document is gone.
/// </summary>
internal sealed record RunRequest(
    string AssistantId,
    bool Stream,
    IReadOnlyList<string> FunctionNames,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<MessageInput> AdditionalMessages,
    JsonElement Options);
