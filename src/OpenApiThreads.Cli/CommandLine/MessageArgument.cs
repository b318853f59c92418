using System;
using System.Collections.Generic;
using OpenApiThreads;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>Reads <c>--message role:text</c> values, for example <c>user:Hello there</c>.</summary>
internal static class MessageArgument
{
    public const string ValueName = "role:text";

    /// <returns>The messages in command-line order, or null when there are none (so the field is left out).</returns>
    public static IList<CreateMessageRequest>? ParseAll(string optionName, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var messages = new List<CreateMessageRequest>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            messages.Add(Parse(Describe(optionName, i, values.Count), values[i]));
        }

        return messages;
    }

    private static CreateMessageRequest Parse(string where, string value)
    {
        int colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new UsageException($"{where} '{value}' is not {ValueName}: start it with 'user:' or 'assistant:', e.g. \"user:{value}\"");
        }

        string role = value[..colon].Trim();
        string text = value[(colon + 1)..];
        CreateMessageRequestRole parsedRole = role.ToLowerInvariant() switch
        {
            CreateMessageRequestRole.Values.User => CreateMessageRequestRole.User,
            CreateMessageRequestRole.Values.Assistant => CreateMessageRequestRole.Assistant,
            _ => throw new UsageException($"{where} has role '{role}'; the role before ':' must be 'user' or 'assistant'"),
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException($"{where} '{value}' has no text after '{role}:'");
        }

        return new CreateMessageRequest { Role = parsedRole, Content = text };
    }

    // "--message #2" only when there are several, so a single bad message reads naturally.
    private static string Describe(string optionName, int index, int count)
        => count == 1 ? optionName : $"{optionName} #{index + 1}";
}
