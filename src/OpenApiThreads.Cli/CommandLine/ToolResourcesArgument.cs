using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenApiThreads;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>Reads <c>--tool-resources JSON</c> into the generated <see cref="ToolResources"/> model.</summary>
internal static class ToolResourcesArgument
{
    public const string ValueName = "JSON";
    public const string Example = "{\"code_interpreter\":{\"file_ids\":[\"file-abc\"]},\"file_search\":{\"vector_store_ids\":[\"vs_abc\"]}}";

    // Strict, unlike reading server responses: a misspelt "code_interpeter" would otherwise be sent, ignored, and
    // the thread created without the resources the user asked for. Disallow refuses unknown members of a type without
    // extension data; the generated tool resources types keep unknown members in AdditionalData instead, so those
    // are checked after reading (see RefuseUnknownKeys).
    private static readonly ThreadsJsonContext s_strict = new(new JsonSerializerOptions
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    });

    private static readonly string[] ToolNames = ["code_interpreter", "file_search"];
    private static readonly string[] CodeInterpreterKeys = ["file_ids"];
    private static readonly string[] FileSearchKeys = ["vector_store_ids"];

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

        if (resources is null)
        {
            throw new UsageException($"{optionName} must be a JSON object, not null; expected e.g. '{Example}'");
        }

        RefuseUnknownKeys(optionName, resources.AdditionalData, string.Empty, ToolNames);
        RefuseUnknownKeys(optionName, resources.CodeInterpreter?.AdditionalData, "code_interpreter.", CodeInterpreterKeys);
        RefuseUnknownKeys(optionName, resources.FileSearch?.AdditionalData, "file_search.", FileSearchKeys);
        return resources;
    }

    private static void RefuseUnknownKeys(string optionName, IDictionary<string, JsonElement>? unknown, string path, string[] known)
    {
        if (unknown is null || unknown.Count == 0)
        {
            return;
        }

        string key = FirstKey(unknown);
        string? closest = Suggestions.Closest(key, known);
        throw new UsageException($"{optionName} is not valid tool resources JSON: unknown key '{path}{key}'"
            + (closest is null ? string.Empty : $" (did you mean '{path}{closest}'?)")
            + $"; the known keys are {path}{string.Join(", " + path, known)}. Expected e.g. '{Example}'");
    }

    // The first key in the dictionary's own order, which is the JSON's (no LINQ: see ArgumentParser.Find).
    private static string FirstKey(IDictionary<string, JsonElement> unknown)
    {
        using IEnumerator<string> keys = unknown.Keys.GetEnumerator();
        keys.MoveNext();
        return keys.Current;
    }
}
