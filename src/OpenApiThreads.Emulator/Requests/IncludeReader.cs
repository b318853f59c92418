using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Checks the <c>include[]</c> query parameter of run and run step requests. The one value OpenAI accepts asks for
/// file search result content, which the emulator never has, so a valid value changes nothing.
/// </summary>
internal static class IncludeReader
{
    private const string Name = "include[]";
    private static readonly string[] Allowed = ["step_details.tool_calls[*].file_search.results[*].content"];

    public static void Validate(IQueryCollection query)
    {
        StringValues values = query[Name];
        foreach (string? value in values)
        {
            if (System.Array.IndexOf(Allowed, value) < 0)
            {
                throw ApiException.InvalidRequest(Name,
                    $"Invalid value for '{Name}': '{value}'. Supported values are: '{string.Join("', '", Allowed)}'.");
            }
        }
    }
}
