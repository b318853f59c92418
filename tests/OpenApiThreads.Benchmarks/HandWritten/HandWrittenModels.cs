using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiThreads.Benchmarks.HandWritten;

// The baseline: the classes someone would write by hand for the same JSON, with the same property names. Enums stay
// strings; a value that is a string or an object (tool_choice, response_format) stays a JsonElement.

public sealed class HandThread
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "thread";
    [JsonPropertyName("created_at")] public long CreatedAt { get; set; }
    [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
    [JsonPropertyName("tool_resources")] public HandToolResources? ToolResources { get; set; }
}

public sealed class HandToolResources
{
    [JsonPropertyName("code_interpreter")] public HandFileIds? CodeInterpreter { get; set; }
    [JsonPropertyName("file_search")] public HandVectorStoreIds? FileSearch { get; set; }
}

public sealed class HandFileIds
{
    [JsonPropertyName("file_ids")] public List<string>? FileIds { get; set; }
}

public sealed class HandVectorStoreIds
{
    [JsonPropertyName("vector_store_ids")] public List<string>? VectorStoreIds { get; set; }
}

public sealed class HandCreateThreadRequest
{
    [JsonPropertyName("messages")] public List<HandCreateMessage>? Messages { get; set; }
    [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
}

public sealed class HandCreateMessage
{
    [JsonPropertyName("role")] public string Role { get; set; } = "user";
    [JsonPropertyName("content")] public string Content { get; set; } = "";
}

public sealed class HandCreateRunRequest
{
    [JsonPropertyName("assistant_id")] public string AssistantId { get; set; } = "";
    [JsonPropertyName("stream")] public bool? Stream { get; set; }
}

public sealed class HandRun
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "thread.run";
    [JsonPropertyName("created_at")] public long CreatedAt { get; set; }
    [JsonPropertyName("assistant_id")] public string AssistantId { get; set; } = "";
    [JsonPropertyName("thread_id")] public string ThreadId { get; set; } = "";
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("required_action")] public HandRequiredAction? RequiredAction { get; set; }
    [JsonPropertyName("last_error")] public HandError? LastError { get; set; }
    [JsonPropertyName("expires_at")] public long? ExpiresAt { get; set; }
    [JsonPropertyName("started_at")] public long? StartedAt { get; set; }
    [JsonPropertyName("cancelled_at")] public long? CancelledAt { get; set; }
    [JsonPropertyName("failed_at")] public long? FailedAt { get; set; }
    [JsonPropertyName("completed_at")] public long? CompletedAt { get; set; }
    [JsonPropertyName("incomplete_details")] public HandIncompleteDetails? IncompleteDetails { get; set; }
    [JsonPropertyName("model")] public string Model { get; set; } = "";
    [JsonPropertyName("instructions")] public string? Instructions { get; set; }
    [JsonPropertyName("tools")] public List<HandTool> Tools { get; set; } = [];
    [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
    [JsonPropertyName("usage")] public HandUsage? Usage { get; set; }
    [JsonPropertyName("temperature")] public double? Temperature { get; set; }
    [JsonPropertyName("top_p")] public double? TopP { get; set; }
    [JsonPropertyName("max_prompt_tokens")] public long? MaxPromptTokens { get; set; }
    [JsonPropertyName("max_completion_tokens")] public long? MaxCompletionTokens { get; set; }
    [JsonPropertyName("truncation_strategy")] public HandTruncationStrategy? TruncationStrategy { get; set; }
    [JsonPropertyName("tool_choice")] public JsonElement? ToolChoice { get; set; }
    [JsonPropertyName("parallel_tool_calls")] public bool ParallelToolCalls { get; set; }
    [JsonPropertyName("response_format")] public JsonElement? ResponseFormat { get; set; }
}

public sealed class HandRequiredAction
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("submit_tool_outputs")] public JsonElement SubmitToolOutputs { get; set; }
}

public sealed class HandError
{
    [JsonPropertyName("code")] public string Code { get; set; } = "";
    [JsonPropertyName("message")] public string Message { get; set; } = "";
}

public sealed class HandIncompleteDetails
{
    [JsonPropertyName("reason")] public string? Reason { get; set; }
}

public sealed class HandTool
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("function")] public HandFunction? Function { get; set; }
}

public sealed class HandFunction
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("parameters")] public JsonElement? Parameters { get; set; }
    [JsonPropertyName("strict")] public bool? Strict { get; set; }
}

public sealed class HandUsage
{
    [JsonPropertyName("prompt_tokens")] public long PromptTokens { get; set; }
    [JsonPropertyName("completion_tokens")] public long CompletionTokens { get; set; }
    [JsonPropertyName("total_tokens")] public long TotalTokens { get; set; }
}

public sealed class HandTruncationStrategy
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("last_messages")] public long? LastMessages { get; set; }
}

public sealed class HandMessageList
{
    [JsonPropertyName("object")] public string Object { get; set; } = "list";
    [JsonPropertyName("data")] public List<HandMessage> Data { get; set; } = [];
    [JsonPropertyName("first_id")] public string? FirstId { get; set; }
    [JsonPropertyName("last_id")] public string? LastId { get; set; }
    [JsonPropertyName("has_more")] public bool HasMore { get; set; }
}

public sealed class HandMessage
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "thread.message";
    [JsonPropertyName("created_at")] public long CreatedAt { get; set; }
    [JsonPropertyName("thread_id")] public string ThreadId { get; set; } = "";
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("incomplete_details")] public HandIncompleteDetails? IncompleteDetails { get; set; }
    [JsonPropertyName("completed_at")] public long? CompletedAt { get; set; }
    [JsonPropertyName("incomplete_at")] public long? IncompleteAt { get; set; }
    [JsonPropertyName("role")] public string Role { get; set; } = "";
    [JsonPropertyName("content")] public List<HandContent> Content { get; set; } = [];
    [JsonPropertyName("assistant_id")] public string? AssistantId { get; set; }
    [JsonPropertyName("run_id")] public string? RunId { get; set; }
    [JsonPropertyName("attachments")] public List<HandAttachment>? Attachments { get; set; }
    [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
}

public sealed class HandContent
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("text")] public HandText? Text { get; set; }
}

public sealed class HandText
{
    [JsonPropertyName("value")] public string Value { get; set; } = "";
    [JsonPropertyName("annotations")] public List<JsonElement> Annotations { get; set; } = [];
}

public sealed class HandAttachment
{
    [JsonPropertyName("file_id")] public string? FileId { get; set; }
    [JsonPropertyName("tools")] public List<HandTool>? Tools { get; set; }
}

public sealed class HandRunStep
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "thread.run.step";
    [JsonPropertyName("created_at")] public long CreatedAt { get; set; }
    [JsonPropertyName("run_id")] public string RunId { get; set; } = "";
    [JsonPropertyName("assistant_id")] public string AssistantId { get; set; } = "";
    [JsonPropertyName("thread_id")] public string ThreadId { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("cancelled_at")] public long? CancelledAt { get; set; }
    [JsonPropertyName("completed_at")] public long? CompletedAt { get; set; }
    [JsonPropertyName("expired_at")] public long? ExpiredAt { get; set; }
    [JsonPropertyName("failed_at")] public long? FailedAt { get; set; }
    [JsonPropertyName("last_error")] public HandError? LastError { get; set; }
    [JsonPropertyName("step_details")] public JsonElement StepDetails { get; set; }
    [JsonPropertyName("usage")] public HandUsage? Usage { get; set; }
}

public sealed class HandMessageDelta
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "thread.message.delta";
    [JsonPropertyName("delta")] public HandDelta Delta { get; set; } = new();
}

public sealed class HandDelta
{
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("content")] public List<HandDeltaContent>? Content { get; set; }
}

public sealed class HandDeltaContent
{
    [JsonPropertyName("index")] public int Index { get; set; }
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("text")] public HandText? Text { get; set; }
}

[JsonSerializable(typeof(HandThread))]
[JsonSerializable(typeof(HandRun))]
[JsonSerializable(typeof(HandMessageList))]
[JsonSerializable(typeof(HandMessage))]
[JsonSerializable(typeof(HandRunStep))]
[JsonSerializable(typeof(HandMessageDelta))]
[JsonSerializable(typeof(HandCreateThreadRequest))]
[JsonSerializable(typeof(HandCreateRunRequest))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class HandWrittenJsonContext : JsonSerializerContext;
