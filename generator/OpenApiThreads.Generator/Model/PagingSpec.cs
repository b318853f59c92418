namespace OpenApiThreads.Generator.Model;

/// <summary>
/// A list operation that follows the cursor pattern: a response with an item array, a "more pages" flag and
/// the last item's id, and a query parameter that takes that id to fetch the next page.
/// </summary>
internal sealed record PagingSpec
{
    public required TypeRef ItemType { get; init; }

    /// <summary>C# name of the response's array property (<c>data</c>).</summary>
    public required string ItemsProperty { get; init; }

    /// <summary>C# name of the boolean that says another page follows (<c>has_more</c>).</summary>
    public required string HasMoreProperty { get; init; }

    /// <summary>C# name of the property holding the cursor for the next page (<c>last_id</c>).</summary>
    public required string NextCursorProperty { get; init; }

    /// <summary>The C# name of the query parameter that takes the cursor (<c>after</c>).</summary>
    public required string CursorParameter { get; init; }

    /// <summary>C# names of parameters the walker sets itself, so callers do not pass them (<c>after</c>, <c>before</c>).</summary>
    public required ImmutableEquatableArray<string> ManagedParameters { get; init; }
}
