using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>
/// A thread's <c>tool_resources</c>. A null list means the tool was not mentioned, so it is left out of the JSON;
/// an empty list means it was mentioned with no ids.
/// </summary>
internal sealed record ToolResources(IReadOnlyList<string>? CodeInterpreterFileIds, IReadOnlyList<string>? FileSearchVectorStoreIds)
{
    public static ToolResources Empty { get; } = new(null, null);
}
