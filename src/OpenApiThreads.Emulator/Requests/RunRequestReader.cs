using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Validates CreateRunRequest and CreateThreadAndRunRequest. The run's options are echoed from the body by
/// <see cref="RunJson"/>, so checking their types here is what keeps the run object well-typed.
/// </summary>
internal static class RunRequestReader
{
    private static readonly string[] SharedProperties =
    [
        "assistant_id", "model", "instructions", "tools", "metadata", "temperature", "top_p", "stream",
        "max_prompt_tokens", "max_completion_tokens", "truncation_strategy", "tool_choice", "parallel_tool_calls",
        "response_format",
    ];

    private static readonly string[] CreateRunProperties =
        [.. SharedProperties, "reasoning_effort", "additional_instructions", "additional_messages"];

    private static readonly string[] CreateThreadAndRunProperties = [.. SharedProperties, "thread", "tool_resources"];

    private static readonly string[] ToolChoiceModes = ["none", "auto", "required"];
    private static readonly string[] ResponseFormatModes = ["auto"];
    private static readonly string[] TruncationTypes = ["auto", "last_messages"];
    private static readonly string[] ToolTypes = ["code_interpreter", "file_search", "function"];
    private static readonly string[] ReasoningEfforts = ["none", "minimal", "low", "medium", "high", "xhigh"];
    private const int MaxTools = 20;
    private const int MinTokenLimit = 256;

    /// <param name="request">The body, or an absent element for an empty body.</param>
    /// <param name="references">Collects the file ids of the additional messages.</param>
    public static RunRequest ReadCreateRun(JsonElement request, FileReferences references)
    {
        RejectUnknownProperties(request, CreateRunProperties);
        Validation.ExpectOneOf(Validation.Property(request, "reasoning_effort"), "reasoning_effort", ReasoningEfforts);
        Validation.ExpectString(Validation.Property(request, "additional_instructions"), "additional_instructions");
        IReadOnlyList<MessageInput> additionalMessages =
            MessageRequestReader.ReadList(Validation.Property(request, "additional_messages"), "additional_messages", references);
        return ReadShared(request) with { AdditionalMessages = additionalMessages };
    }

    /// <param name="request">The body, or an absent element for an empty body.</param>
    /// <returns>The run, and the fields of the thread to create for it.</returns>
    /// <param name="references">Collects the file ids of the thread and of the run's tool resources.</param>
    public static (RunRequest Run, ThreadFields Thread) ReadCreateThreadAndRun(JsonElement request, FileReferences references)
    {
        RejectUnknownProperties(request, CreateThreadAndRunProperties);
        RunRequest run = ReadShared(request);
        ThreadFields thread = ThreadRequestReader.ReadCreate(Validation.Property(request, "thread"), "thread", references);
        ToolResourcesReader.Read(Validation.Property(request, "tool_resources"), "tool_resources", allowVectorStoreHelper: false, references);
        return (run, thread);
    }

    private static void RejectUnknownProperties(JsonElement request, string[] known)
    {
        if (request.ValueKind == JsonValueKind.Object)
        {
            Validation.RejectUnknownProperties(request, string.Empty, known);
        }
    }

    private static RunRequest ReadShared(JsonElement request)
    {
        string assistantId = ReadAssistantId(Validation.Property(request, "assistant_id"));
        Validation.ExpectString(Validation.Property(request, "model"), "model");
        Validation.ExpectString(Validation.Property(request, "instructions"), "instructions");
        IReadOnlyList<string> functionNames = ReadTools(Validation.Property(request, "tools"));
        IReadOnlyDictionary<string, string> metadata =
            MetadataReader.Read(Validation.Property(request, "metadata"), "metadata") ?? ReadOnlyDictionary<string, string>.Empty;
        Validation.ExpectNumber(Validation.Property(request, "temperature"), "temperature", 0, 2);
        Validation.ExpectNumber(Validation.Property(request, "top_p"), "top_p", 0, 1);
        JsonElement stream = Validation.Property(request, "stream");
        Validation.ExpectBoolean(stream, "stream");
        Validation.ExpectInteger(Validation.Property(request, "max_prompt_tokens"), "max_prompt_tokens", MinTokenLimit);
        Validation.ExpectInteger(Validation.Property(request, "max_completion_tokens"), "max_completion_tokens", MinTokenLimit);
        ReadTruncationStrategy(Validation.Property(request, "truncation_strategy"));
        ReadStringOrObject(Validation.Property(request, "tool_choice"), "tool_choice", ToolChoiceModes);
        Validation.ExpectBoolean(Validation.Property(request, "parallel_tool_calls"), "parallel_tool_calls");
        ReadStringOrObject(Validation.Property(request, "response_format"), "response_format", ResponseFormatModes);
        return new RunRequest(assistantId, stream.ValueKind == JsonValueKind.True, functionNames, metadata, [], request.Clone());
    }

    private static string ReadAssistantId(JsonElement value)
    {
        if (Validation.IsAbsent(value))
        {
            throw Validation.Missing("assistant_id");
        }

        Validation.ExpectString(value, "assistant_id");
        string assistantId = value.GetString()!;
        if (assistantId.Length == 0)
        {
            throw ApiException.InvalidRequest("assistant_id",
                "Invalid 'assistant_id': empty string. Expected a string with minimum length 1, but got an empty string instead.");
        }

        return assistantId;
    }

    /// <returns>The names of the function tools.</returns>
    private static IReadOnlyList<string> ReadTools(JsonElement tools)
    {
        Validation.ExpectArrayOfObjects(tools, "tools", MaxTools);
        if (Validation.IsAbsent(tools))
        {
            return [];
        }

        var functionNames = new List<string>();
        int index = 0;
        foreach (JsonElement tool in tools.EnumerateArray())
        {
            string param = Validation.At("tools", index++);
            JsonElement type = Validation.Property(tool, "type");
            if (Validation.IsAbsent(type))
            {
                throw Validation.Missing(Validation.Join(param, "type"));
            }

            Validation.ExpectOneOf(type, Validation.Join(param, "type"), ToolTypes);
            if (type.GetString() != "function")
            {
                continue;
            }

            string functionParam = Validation.Join(param, "function");
            JsonElement function = Validation.Property(tool, "function");
            if (Validation.IsAbsent(function))
            {
                throw Validation.Missing(functionParam);
            }

            Validation.ExpectObject(function, functionParam);
            JsonElement name = Validation.Property(function, "name");
            string nameParam = Validation.Join(functionParam, "name");
            if (Validation.IsAbsent(name))
            {
                throw Validation.Missing(nameParam);
            }

            Validation.ExpectString(name, nameParam);
            functionNames.Add(name.GetString()!);
        }

        return functionNames;
    }

    private static void ReadTruncationStrategy(JsonElement value)
    {
        Validation.ExpectObject(value, "truncation_strategy");
        if (Validation.IsAbsent(value))
        {
            return;
        }

        JsonElement type = Validation.Property(value, "type");
        if (Validation.IsAbsent(type))
        {
            throw Validation.Missing("truncation_strategy.type");
        }

        Validation.ExpectOneOf(type, "truncation_strategy.type", TruncationTypes);
        Validation.ExpectInteger(Validation.Property(value, "last_messages"), "truncation_strategy.last_messages", 1);
    }

    private static void ReadStringOrObject(JsonElement value, string param, string[] modes)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return;
        }

        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw Validation.WrongType(param, "a string or an object", value);
        }

        Validation.ExpectOneOf(value, param, modes);
    }
}
