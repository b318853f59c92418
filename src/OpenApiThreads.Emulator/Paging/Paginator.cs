using System;
using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Cursor paging the way OpenAI's list endpoints do it. The list is put in the requested order, cut to the objects
/// strictly between <c>after</c> and <c>before</c>, and then <c>limit</c> objects are taken: from the start, or
/// from the end (next to the cursor) when only <c>before</c> is given, so that paging back with the previous
/// page's <c>first_id</c> returns the page right before it.
/// </summary>
internal static class Paginator
{
    /// <param name="oldestFirst">All objects of the list, in creation order.</param>
    /// <param name="query">Limit, order and cursors.</param>
    /// <param name="kind">What the list holds, for the error about an unknown cursor.</param>
    public static ListPage<T> Page<T>(IReadOnlyList<T> oldestFirst, ListQuery query, string kind)
        where T : IStoredObject
    {
        var ordered = new List<T>(oldestFirst);
        if (query.Descending)
        {
            ordered.Reverse();
        }

        int start = query.After is null ? 0 : IndexOf(ordered, query.After, "after", kind) + 1;
        int end = query.Before is null ? ordered.Count : IndexOf(ordered, query.Before, "before", kind);
        if (end <= start)
        {
            return new ListPage<T>([], HasMore: false);
        }

        if (query.Before is not null && query.After is null)
        {
            int first = Math.Max(start, end - query.Limit);
            return new ListPage<T>(ordered.GetRange(first, end - first), HasMore: first > start);
        }

        int count = Math.Min(query.Limit, end - start);
        return new ListPage<T>(ordered.GetRange(start, count), HasMore: start + count < end);
    }

    private static int IndexOf<T>(List<T> items, string id, string param, string kind)
        where T : IStoredObject
    {
        int index = items.FindIndex(item => string.Equals(item.Id, id, StringComparison.Ordinal));
        return index >= 0
            ? index
            : throw ApiException.InvalidRequest(param, $"Invalid '{param}': no {kind} with id '{id}' is in this list.");
    }
}
