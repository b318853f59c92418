using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenApiThreads.Cli.Tests;

/// <summary>Short reads of the API's JSON, so assertions say what they check.</summary>
public static class JsonElementExtensions
{
    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    /// <summary>A message's text: the value of its first text content part.</summary>
    public static string Text(this JsonElement message) => message.GetProperty("content")[0].GetProperty("text").Str("value");

    /// <summary>An object of strings (metadata) as a dictionary.</summary>
    public static Dictionary<string, string> StringMap(this JsonElement element, string name)
        => element.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    public static string[] Ids(this IEnumerable<JsonElement> items) => items.Select(item => item.Str("id")).ToArray();
}
