using System.Text.Json;
using System.Text.Json.Serialization;
using OpenApiThreads;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>Reads <c>--tool-resources JSON</c> into the generated <see cref="ToolResources"/> model.</summary>
internal static class ToolResourcesArgument
{
    public const string ValueName = "JSON";
    public const string Example = "{\"code_interpreter\":{\"file_ids\":[\"file-abc\"]},\"file_search\":{\"vector_store_ids\":[\"vs_abc\"]}}";

    // Strict, unlike reading server responses: a misspelt "code_interpeter" would otherwise be dropped silently and
    // the thread created without the resources the user asked for.
    private static readonly ThreadsJsonContext s_strict = new(new JsonSerializerOptions
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    });

    /// <returns>The resources, or null when the option was not given.</returns>
    public static ToolResources? Parse(string optionName, string? value)
    {
        if (value is null)
        {
            return null;
        }

        ToolResources? resources;
        try
        {
            resources = JsonSerializer.Deserialize(value, s_strict.ToolResources);
        }
        catch (JsonException exception)
        {
            throw new UsageException($"{optionName} is not valid tool resources JSON: {exception.Message} Expected e.g. '{Example}'", exception);
        }

        return resources ?? throw new UsageException($"{optionName} must be a JSON object, not null; expected e.g. '{Example}'");
    }
}
