using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>
/// The generated SerializeHandler (used with the context's own options) and the property metadata (used with any
/// other options) write byte-for-byte the same JSON for the Threads models. Only what the client sends has a
/// SerializeHandler (Emit/FastPaths.cs): a run, a message or a page is only received, so the metadata writes it.
/// </summary>
public sealed class FastPathTests
{
    private const string Run = """{"id":"run_1","object":"thread.run","created_at":1699063290,"assistant_id":"asst_1","thread_id":"thread_1","status":"requires_action","started_at":1699063291,"expires_at":null,"cancelled_at":null,"failed_at":null,"completed_at":null,"last_error":null,"model":"gpt-4o","instructions":null,"tools":[{"type":"code_interpreter"},{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}],"metadata":{"k":"v"},"incomplete_details":null,"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3},"temperature":1,"top_p":1,"max_prompt_tokens":null,"max_completion_tokens":null,"truncation_strategy":{"type":"auto","last_messages":null},"response_format":{"type":"json_object"},"tool_choice":"auto","parallel_tool_calls":true,"required_action":{"type":"submit_tool_outputs","submit_tool_outputs":{"tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]}},"a_future_field":[1,2]}""";

    private const string Message = """{"id":"msg_1","object":"thread.message","created_at":1,"thread_id":"thread_1","status":"completed","incomplete_details":null,"completed_at":2,"incomplete_at":null,"role":"assistant","content":[{"type":"text","text":{"value":"hi","annotations":[]}},{"type":"image_file","image_file":{"file_id":"file_1"}}],"assistant_id":"asst_1","run_id":"run_1","attachments":[{"file_id":"file_2","tools":[{"type":"file_search"}]}],"metadata":{}}""";

    [Fact]
    public void A_run_is_written_the_same_both_ways() => AssertSameBothWays(Run, ThreadsJsonContext.Default.RunObject, sent: false);

    [Fact]
    public void A_message_is_written_the_same_both_ways() => AssertSameBothWays(Message, ThreadsJsonContext.Default.MessageObject, sent: false);

    [Fact]
    public void A_list_page_is_written_the_same_both_ways()
        => AssertSameBothWays("""{"object":"list","data":[""" + Message + "," + Message + """],"first_id":"msg_1","last_id":"msg_1","has_more":false}""", ThreadsJsonContext.Default.ListMessagesResponse, sent: false);

    [Fact]
    public void A_request_with_explicit_nulls_is_written_the_same_both_ways()
    {
        var request = new CreateRunRequest { AssistantId = "asst_1", Instructions = null, Temperature = 0.5, Stream = false };

        string fast = JsonSerializer.Serialize(request, ThreadsJsonContext.Default.CreateRunRequest);

        Assert.NotNull(ThreadsJsonContext.Default.CreateRunRequest.SerializeHandler);
        Assert.Equal(fast, JsonSerializer.Serialize(request, ThroughMetadata(ThreadsJsonContext.Default.CreateRunRequest)));
    }

    [Fact]
    public void A_required_list_left_null_is_written_as_null_both_ways_not_a_crash()
    {
        var request = new SubmitToolOutputsRunRequest { ToolOutputs = null! };

        string fast = JsonSerializer.Serialize(request, ThreadsJsonContext.Default.SubmitToolOutputsRunRequest);

        Assert.Equal("""{"tool_outputs":null}""", fast);
        Assert.Equal(fast, JsonSerializer.Serialize(request, ThroughMetadata(ThreadsJsonContext.Default.SubmitToolOutputsRunRequest)));
    }

    [Fact]
    public void A_sent_model_holding_other_models_is_written_the_same_both_ways()
        => AssertSameBothWays("""{"messages":[{"role":"user","content":"hi","attachments":[{"file_id":"f","tools":[{"type":"file_search"}]}],"metadata":{"k":"v"}}],"tool_resources":{"code_interpreter":{"file_ids":["f"]}},"metadata":null}""", ThreadsJsonContext.Default.CreateThreadRequest, sent: true);

    private static void AssertSameBothWays<T>(string json, JsonTypeInfo<T> info, bool sent)
    {
        T value = JsonSerializer.Deserialize(json, info)!;

        string fast = JsonSerializer.Serialize(value, info);

        Assert.Equal(sent, info.SerializeHandler is not null);
        Assert.Equal(fast, JsonSerializer.Serialize(value, ThroughMetadata(info)));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(fast)), fast);
    }

    private static JsonTypeInfo<T> ThroughMetadata<T>(JsonTypeInfo<T> info)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = info.Options.TypeInfoResolver };
        options.Converters.Add(new UnusedConverter());
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    private sealed class UnusedConverter : JsonConverter<Uri>
    {
        public override Uri Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
