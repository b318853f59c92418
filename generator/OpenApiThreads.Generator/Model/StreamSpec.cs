namespace OpenApiThreads.Generator.Model;

/// <summary>
/// A <c>text/event-stream</c> success response. Each server-sent event becomes one <see cref="ItemType"/> value.
/// When the schema is a union of <c>{event, data}</c> objects (OpenAI's assistant stream) the SSE <c>event:</c>
/// field picks the branch and <c>data:</c> fills its data property; otherwise every <c>data:</c> is one JSON value.
/// </summary>
internal sealed record StreamSpec
{
    public required TypeRef ItemType { get; init; }

    /// <summary>The events of an <c>{event, data}</c> union, by event name; empty when each data line is one item.</summary>
    public ImmutableEquatableArray<StreamEventSpec> Events { get; init; } = ImmutableEquatableArray<StreamEventSpec>.Empty;

    /// <summary>
    /// The request body's boolean property that asks for a stream (OpenAI's <c>stream</c>), by JSON name: the
    /// streaming method sends it as true, and the plain method refuses a body that sets it.
    /// </summary>
    public string? FlagJsonName { get; init; }

    /// <summary>The C# name of that property.</summary>
    public string? FlagPropertyName { get; init; }
}

/// <summary>One named event of an <c>{event, data}</c> stream union.</summary>
internal sealed record StreamEventSpec
{
    /// <summary>The SSE <c>event:</c> name, for example <c>thread.run.created</c>.</summary>
    public required string EventName { get; init; }

    /// <summary>The generated object type of the event (the union branch).</summary>
    public required string BranchType { get; init; }

    /// <summary>The C# name of the branch's data property.</summary>
    public required string DataPropertyName { get; init; }

    /// <summary>The data property's type; null when it is a constant (OpenAI's <c>done</c> carries <c>[DONE]</c>).</summary>
    public TypeRef? DataType { get; init; }

    /// <summary>The unions the branch is wrapped in, innermost first, ending with the stream's item type.</summary>
    public required ImmutableEquatableArray<string> Wrappers { get; init; }
}
