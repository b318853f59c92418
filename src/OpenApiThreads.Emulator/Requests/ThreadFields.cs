using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The thread fields a create or modify request sets. Null means the request did not mention the field:
/// a create then uses the default and a modify keeps the current value. <see cref="Messages"/> only comes
/// with a create.
/// </summary>
internal sealed record ThreadFields(IReadOnlyDictionary<string, string>? Metadata, ToolResources? ToolResources)
{
    public static ThreadFields None { get; } = new(null, null);

    public IReadOnlyList<MessageInput> Messages { get; init; } = [];
}
