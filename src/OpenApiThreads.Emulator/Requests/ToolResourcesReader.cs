using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>Reads a thread's <c>tool_resources</c>: up to 20 code interpreter files and one vector store.</summary>
internal static class ToolResourcesReader
{
    public const int MaxFileIds = 20;
    public const int MaxVectorStores = 1;

    /// <summary>
    /// Null when the request did not mention tool_resources; empty for an explicit null.
    /// <paramref name="allowVectorStoreHelper"/> is true where the schema accepts <c>file_search.vector_stores</c>
    /// (creating a thread), which asks OpenAI to make the vector store; the emulator just mints its id.
    /// The file ids of code interpreter and of new vector stores go to <paramref name="references"/>; vector store
    /// ids are taken as given, as the emulator has no vector stores to look them up in.
    /// </summary>
    public static ToolResources? Read(JsonElement value, string param, bool allowVectorStoreHelper, FileReferences references)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return ToolResources.Empty;
        }

        Validation.ExpectObject(value, param);
        return new ToolResources(ReadCodeInterpreter(value, param, references), ReadFileSearch(value, param, allowVectorStoreHelper, references));
    }

    private static IReadOnlyList<string>? ReadCodeInterpreter(JsonElement resources, string param, FileReferences references)
    {
        string toolParam = Validation.Join(param, "code_interpreter");
        JsonElement tool = Validation.Property(resources, "code_interpreter");
        if (Validation.IsAbsent(tool))
        {
            return null;
        }

        Validation.ExpectObject(tool, toolParam);
        return ReadFileIds(Validation.Property(tool, "file_ids"), Validation.Join(toolParam, "file_ids"), MaxFileIds, references) ?? [];
    }

    private static IReadOnlyList<string>? ReadFileSearch(JsonElement resources, string param, bool allowVectorStoreHelper, FileReferences references)
    {
        string toolParam = Validation.Join(param, "file_search");
        JsonElement tool = Validation.Property(resources, "file_search");
        if (Validation.IsAbsent(tool))
        {
            return null;
        }

        Validation.ExpectObject(tool, toolParam);
        IReadOnlyList<string>? vectorStoreIds =
            ReadStrings(Validation.Property(tool, "vector_store_ids"), Validation.Join(toolParam, "vector_store_ids"), MaxVectorStores);

        JsonElement helpers = Validation.Property(tool, "vector_stores");
        if (!allowVectorStoreHelper || Validation.IsAbsent(helpers))
        {
            return vectorStoreIds ?? [];
        }

        string helpersParam = Validation.Join(toolParam, "vector_stores");
        if (vectorStoreIds is not null)
        {
            throw ApiException.InvalidRequest(toolParam,
                $"Invalid '{toolParam}': give either 'vector_store_ids' or 'vector_stores', not both.");
        }

        Validation.ExpectArrayOfObjects(helpers, helpersParam, MaxVectorStores);
        var minted = new List<string>();
        int index = 0;
        foreach (JsonElement helper in helpers.EnumerateArray())
        {
            string helperParam = Validation.At(helpersParam, index++);
            ReadFileIds(Validation.Property(helper, "file_ids"), Validation.Join(helperParam, "file_ids"), int.MaxValue, references);
            Validation.ExpectObject(Validation.Property(helper, "chunking_strategy"), Validation.Join(helperParam, "chunking_strategy"));
            MetadataReader.Read(Validation.Property(helper, "metadata"), Validation.Join(helperParam, "metadata"));
            minted.Add(Ids.New("vs_"));
        }

        return minted;
    }

    private static string[]? ReadFileIds(JsonElement value, string param, int maxItems, FileReferences references)
    {
        string[]? fileIds = ReadStrings(value, param, maxItems);
        if (fileIds is not null)
        {
            for (int index = 0; index < fileIds.Length; index++)
            {
                references.Add(Validation.At(param, index), fileIds[index]);
            }
        }

        return fileIds;
    }

    private static string[]? ReadStrings(JsonElement value, string param, int maxItems)
    {
        Validation.ExpectArray(value, param, maxItems);
        if (Validation.IsAbsent(value))
        {
            return null;
        }

        var strings = new string[value.GetArrayLength()];
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Validation.WrongType(Validation.At(param, index), "a string", item);
            }

            strings[index++] = item.GetString()!;
        }

        return strings;
    }
}
