using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace OpenApiThreads.Emulator;

/// <summary>A stored thread. Immutable, so the store can swap whole versions atomically.</summary>
internal sealed record ThreadRecord(string Id, long CreatedAt, IReadOnlyDictionary<string, string> Metadata, ToolResources ToolResources)
{
    public static ThreadRecord Create(string id, long createdAt, ThreadFields fields) =>
        new(id, createdAt,
            fields.Metadata ?? ReadOnlyDictionary<string, string>.Empty,
            fields.ToolResources ?? ToolResources.Empty);

    // OpenAI replaces a given field as a whole rather than merging it.
    public ThreadRecord With(ThreadFields fields) =>
        this with
        {
            Metadata = fields.Metadata ?? Metadata,
            ToolResources = fields.ToolResources ?? ToolResources,
        };
}
