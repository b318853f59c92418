using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenApiThreads.Tests.Bodies;

/// <summary>
/// Rebuilds nested JSON from bracketed form fields the way Stripe's and Rails' servers read them:
/// <c>a[b]=c</c> is an object member, <c>a[0][b]=c</c> an array of objects, <c>a[]=x</c> an array of values.
/// Values stay strings, as they are on the wire.
/// </summary>
internal static class BracketDecoder
{
    public static JsonObject Decode(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var root = new JsonObject();
        foreach ((string key, string value) in fields)
        {
            var path = new List<string>();
            int open = key.IndexOf('[', StringComparison.Ordinal);
            path.Add(open < 0 ? key : key[..open]);
            while (open >= 0)
            {
                int close = key.IndexOf(']', open);
                path.Add(key[(open + 1)..close]);
                open = key.IndexOf('[', close);
            }

            Set(root, path, 0, value);
        }

        return root;
    }

    private static void Set(JsonNode container, List<string> path, int at, string value)
    {
        string segment = path[at];
        bool last = at == path.Count - 1;
        if (container is JsonArray array)
        {
            if (segment.Length == 0)
            {
                array.Add(last ? JsonValue.Create(value) : Fresh(path[at + 1]));
                if (!last)
                {
                    Set(array[^1]!, path, at + 1, value);
                }

                return;
            }

            int index = int.Parse(segment, CultureInfo.InvariantCulture);
            while (array.Count <= index)
            {
                array.Add(null);
            }

            if (last)
            {
                array[index] = JsonValue.Create(value);
                return;
            }

            array[index] ??= Fresh(path[at + 1]);
            Set(array[index]!, path, at + 1, value);
            return;
        }

        var obj = (JsonObject)container;
        if (last)
        {
            obj[segment] = JsonValue.Create(value);
            return;
        }

        if (obj[segment] is null)
        {
            obj[segment] = Fresh(path[at + 1]);
        }

        Set(obj[segment]!, path, at + 1, value);
    }

    private static JsonNode Fresh(string next) => next.Length == 0 || char.IsAsciiDigit(next[0]) ? new JsonArray() : new JsonObject();
}
