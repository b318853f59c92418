using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Validates a CreateThreadAndRunRequest. The run's options are echoed from the body by <see cref="RunJson"/>,
/// so checking their types here is what keeps the run object well-typed.
/// </summary>
internal static class RunRequestReader
{
    private static readonly string[] KnownProperties =
    [
        "assistant_id", "thread", "model", "instructions", "tools", "tool_resources", "metadata", "temperature",
        "top_p", "stream", "max_prompt_tokens", "max_completion_tokens", "truncation_strategy", "tool_choice",
        "parallel_tool_calls", "response_format",
    ];

    private static readonly string[] ToolChoiceModes = ["none", "auto", "required"];
    private static readonly string[] ResponseFormatModes = ["auto"];
    private static readonly string[] TruncationTypes = ["auto", "last_messages"];
    private const int MaxTools = 20;
    private const int MinTokenLimit = 256;

    /// <returns>The assistant id and the fields of the thread to create.</returns>
    public static (string AssistantId, ThreadFields Thread) Read(JsonElement request)
    {
        if (request.ValueKind == JsonValueKind.Object)
        {
            Validation.RejectUnknownProperties(request, string.Empty, KnownProperties);
        }

        string assistantId = ReadAssistantId(Validation.Property(request, "assistant_id"));
        ThreadFields thread = ThreadRequestReader.ReadCreate(Validation.Property(request, "thread"), "thread");

        Validation.ExpectString(Validation.Property(request, "model"), "model");
        Validation.ExpectString(Validation.Property(request, "instructions"), "instructions");
        Validation.ExpectArrayOfObjects(Validation.Property(request, "tools"), "tools", MaxTools);
        ToolResourcesReader.Read(Validation.Property(request, "tool_resources"), "tool_resources", allowVectorStoreHelper: false);
        MetadataReader.Read(Validation.Property(request, "metadata"), "metadata");
        Validation.ExpectNumber(Validation.Property(request, "temperature"), "temperature", 0, 2);
        Validation.ExpectNumber(Validation.Property(request, "top_p"), "top_p", 0, 1);
        ReadStream(Validation.Property(request, "stream"));
        Validation.ExpectInteger(Validation.Property(request, "max_prompt_tokens"), "max_prompt_tokens", MinTokenLimit);
        Validation.ExpectInteger(Validation.Property(request, "max_completion_tokens"), "max_completion_tokens", MinTokenLimit);
        ReadTruncationStrategy(Validation.Property(request, "truncation_strategy"));
        ReadStringOrObject(Validation.Property(request, "tool_choice"), "tool_choice", ToolChoiceModes);
        Validation.ExpectBoolean(Validation.Property(request, "parallel_tool_calls"), "parallel_tool_calls");
        ReadStringOrObject(Validation.Property(request, "response_format"), "response_format", ResponseFormatModes);
        return (assistantId, thread);
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

    // A streamed run answers with server-sent events, which the emulator does not produce; answering JSON to a
    // client that asked for a stream would fail later and more confusingly.
    private static void ReadStream(JsonElement value)
    {
        Validation.ExpectBoolean(value, "stream");
        if (value.ValueKind == JsonValueKind.True)
        {
            throw ApiException.InvalidRequest("stream", "The emulator does not support streaming; omit 'stream' or set it to false.");
        }
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
