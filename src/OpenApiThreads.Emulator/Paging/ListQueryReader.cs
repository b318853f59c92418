using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Reads <c>limit</c> (1 to 100, default 20, unless the list says otherwise), <c>order</c> (asc or desc, default
/// desc), <c>after</c> and <c>before</c>.
/// </summary>
internal static class ListQueryReader
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static ListQuery Read(IQueryCollection query) =>
        new(ReadLimit(query, DefaultLimit, MaxLimit), ReadDescending(query), ReadCursor(query, "after"), ReadCursor(query, "before"));

    /// <summary>
    /// For a list whose spec declares other limits and no <c>before</c> (the files list: 1 to 10,000, default
    /// 10,000). An undeclared <c>before</c> is ignored, as OpenAI ignores query parameters it does not know.
    /// </summary>
    public static ListQuery ReadWithoutBefore(IQueryCollection query, int defaultLimit, int maxLimit) =>
        new(ReadLimit(query, defaultLimit, maxLimit), ReadDescending(query), ReadCursor(query, "after"), Before: null);

    /// <summary>A single non-empty value, or null when the parameter is not given.</summary>
    public static string? ReadSingle(IQueryCollection query, string name)
    {
        StringValues values = query[name];
        if (values.Count > 1)
        {
            throw ApiException.InvalidRequest(name, $"Invalid '{name}': give it at most once.");
        }

        return values.Count == 0 ? null : values[0];
    }

    private static int ReadLimit(IQueryCollection query, int defaultLimit, int maxLimit)
    {
        string? text = ReadSingle(query, "limit");
        if (text is null)
        {
            return defaultLimit;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int limit) || limit < 1 || limit > maxLimit)
        {
            throw ApiException.InvalidRequest("limit",
                $"Invalid 'limit': expected an integer between 1 and {maxLimit}, but got '{text}' instead.");
        }

        return limit;
    }

    private static bool ReadDescending(IQueryCollection query)
    {
        string? text = ReadSingle(query, "order");
        return text switch
        {
            null or "desc" => true,
            "asc" => false,
            _ => throw ApiException.InvalidRequest("order",
                $"Invalid value for 'order': '{text}'. Supported values are: 'asc', 'desc'."),
        };
    }

    private static string? ReadCursor(IQueryCollection query, string name)
    {
        string? cursor = ReadSingle(query, name);
        if (cursor is { Length: 0 })
        {
            throw ApiException.InvalidRequest(name, $"Invalid '{name}': expected an object id, but got an empty string.");
        }

        return cursor;
    }
}
