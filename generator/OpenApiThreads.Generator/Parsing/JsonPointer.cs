using System;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>RFC 6901 JSON pointers, the addresses Microsoft.OpenApi uses for its errors.</summary>
internal static class JsonPointer
{
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    /// <summary>Turns "#/paths/~1threads/post" or "/paths/~1threads/post" into its segments.</summary>
    public static string[] Split(string pointer)
    {
        string trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        if (trimmed.Length == 0 || trimmed == "/")
        {
            return Array.Empty<string>();
        }

        string[] parts = trimmed.TrimStart('/').Split('/');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Unescape(parts[i]);
        }

        return parts;
    }
}
