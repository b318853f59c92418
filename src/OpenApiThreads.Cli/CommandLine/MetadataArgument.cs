using System;
using System.Collections.Generic;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>Reads <c>--metadata key=value</c> values into the API's metadata map.</summary>
/// <remarks>
/// The API's own limits (16 pairs, 64-character keys, 512-character values) are left to the server, which reports
/// them precisely and may change them.
/// </remarks>
internal static class MetadataArgument
{
    public const string ValueName = "key=value";

    /// <returns>The pairs, or null when there are none (so the field is left out).</returns>
    public static IDictionary<string, string>? ParseAll(string optionName, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        // Ordinal and insertion-ordered enough for output; keys are case-sensitive in the API.
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string value in values)
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new UsageException($"{optionName} '{value}' is not {ValueName}, e.g. {optionName} user=abc123");
            }

            string key = value[..equals];
            if (key.Length == 0)
            {
                throw new UsageException($"{optionName} '{value}' has an empty key before '='");
            }

            if (!metadata.TryAdd(key, value[(equals + 1)..]))
            {
                throw new UsageException($"{optionName} key '{key}' is given more than once");
            }
        }

        return metadata;
    }
}
