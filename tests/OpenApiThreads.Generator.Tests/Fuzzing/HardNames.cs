using System;
using System.Linq;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Strings that are hard to turn into C#: keywords, names the generated code already uses for its own members,
/// locals and types, text that ends a comment or a literal, and names that only differ from a sibling in case or
/// punctuation. Used for component names, property names, parameter names, enum values, titles and operationIds.
/// </summary>
internal static class HardNames
{
    private static readonly string[] Fixed =
    [
        // C# keywords and contextual keywords.
        "class", "object", "string", "namespace", "event", "operator", "this", "base", "params", "default", "value", "var", "async", "await", "record", "required", "file", "global",

        // Not an identifier at all.
        "2fa", "123", "a b", "a.b", "a/b", "a~b", "-", "_", "__", "$", "@", "{x}", "", " ", "\t",

        // What the generated code declares itself: types, members of models, unions and enums, locals of client methods.
        "String", "JsonElement", "Value", "Values", "Unknown", "IsUnknown", "UnknownJson", "IsKnown", "Converter", "Equals", "GetHashCode",
        "ToString", "GetType", "Finalize", "MemberwiseClone", "GetTypeInfo", "GeneratedSerializerOptions", "AsString", "System", "Task", "Consumer", "Default", "Options", "JsonContext",
        "request", "response", "relativeUri", "query", "item", "body", "cancellationToken", "content", "json", "_json", "_http", "http", "options",

        // Text that ends a comment, a string or an XML element when copied into generated code.
        "a\"b", "a\\b", "*/", "</summary>", "<b>", "&amp;", "line\nbreak", "line\u2028separator", "{0}", "#if X",

        // Other scripts and very long names.
        "Ünïcødé", "名前", "emoji😀", "ǅ", new string('x', 600),
    ];

    /// <summary>Every fixed hard name, in a stable order (the name fuzzer walks them all).</summary>
    public static System.Collections.Generic.IReadOnlyList<string> All => Fixed;

    /// <summary>A hard name; sometimes one that the case's own namespace or a sibling's name makes hard.</summary>
    public static string Pick(Random random, int caseNumber, string? sibling = null)
    {
        int roll = random.Next(10);
        if (roll == 0)
        {
            return "Case" + caseNumber;
        }

        if (roll <= 2 && sibling is { Length: > 0 })
        {
            return LookAlike(random, sibling);
        }

        return Fixed[random.Next(Fixed.Length)];
    }

    /// <summary>A name that becomes the same C# identifier as <paramref name="name"/>, or one differing only in case.</summary>
    public static string LookAlike(Random random, string name) => random.Next(4) switch
    {
        0 => string.Concat(name.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))),
        1 => name.Contains('_', StringComparison.Ordinal) ? name.Replace('_', '-') : "_" + name,
        2 => name.Length > 1 ? name.Substring(0, 1) + "_" + name.Substring(1) : name + "_",
        _ => name + " ",
    };
}
