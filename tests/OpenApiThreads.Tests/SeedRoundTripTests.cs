using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>
/// The example documents from the API reference (../shared/seeds) read into the generated models and write back
/// to the same JSON, through the generated metadata only.
/// </summary>
public sealed class SeedRoundTripTests
{
    [Theory]
    [InlineData("""{"id":"thread_abc123","object":"thread","created_at":1699012949,"metadata":{}}""")]
    [InlineData("""{"id":"thread_abc123","object":"thread","created_at":1699014083,"metadata":{"modified":"true","user":"abc123"}}""")]
    [InlineData("""{"id":"thread_abc123","object":"thread","created_at":1699012949,"metadata":{},"tool_resources":{}}""")]
    [InlineData("""{"id":"id","created_at":0,"metadata":{"foo":"string"},"object":"thread","tool_resources":{"code_interpreter":{"file_ids":["string"]},"file_search":{"vector_store_ids":["string"]}}}""")]
    public void Thread_objects_round_trip(string json)
    {
        ThreadObject thread = JsonSerializer.Deserialize(json, ThreadsJsonContext.Default.ThreadObject)!;

        Assert.Equal("thread", thread.Object);
        AssertSameJson(json, JsonSerializer.Serialize(thread, ThreadsJsonContext.Default.ThreadObject));
    }

    [Fact]
    public void The_seed_thread_exposes_its_fields()
    {
        const string Json = """{"id":"id","created_at":0,"metadata":{"foo":"string"},"object":"thread","tool_resources":{"code_interpreter":{"file_ids":["string"]},"file_search":{"vector_store_ids":["string"]}}}""";
        ThreadObject thread = JsonSerializer.Deserialize(Json, ThreadsJsonContext.Default.ThreadObject)!;

        Assert.Equal("id", thread.Id);
        Assert.Equal(0, thread.CreatedAt);
        Assert.Equal("string", thread.Metadata!["foo"]);
        Assert.Equal(["string"], thread.ToolResources!.CodeInterpreter!.FileIds!);
        Assert.Equal(["string"], thread.ToolResources.FileSearch!.VectorStoreIds!);
    }

    [Fact]
    public void The_deletion_status_round_trips()
    {
        const string Json = """{"id":"thread_abc123","object":"thread.deleted","deleted":true}""";
        DeleteThreadResponse status = JsonSerializer.Deserialize(Json, ThreadsJsonContext.Default.DeleteThreadResponse)!;

        Assert.True(status.Deleted);
        Assert.Equal("thread.deleted", status.Object);
        AssertSameJson(Json, JsonSerializer.Serialize(status, ThreadsJsonContext.Default.DeleteThreadResponse));
    }

    [Fact]
    public void A_missing_required_property_is_a_json_exception_that_names_it()
    {
        var exception = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("""{"object":"thread","created_at":1,"metadata":null}""", ThreadsJsonContext.Default.ThreadObject));

        Assert.Contains("'id'", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Serialisation_uses_no_reflection()
    {
        // The test project turns reflection off (JsonSerializerIsReflectionEnabledByDefault=false), so the round
        // trips above can only have used the generated metadata; this proves the switch is really off.
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
        Assert.Throws<System.InvalidOperationException>(() => JsonSerializer.Serialize(new System.Version(1, 0), JsonSerializerOptions.Default));
    }

    [Fact]
    public void Properties_the_spec_does_not_declare_survive_read_modify_write()
    {
        const string Json = """{"id":"thread_1","object":"thread","created_at":1,"metadata":{},"tool_resources":{"code_interpreter":{"file_ids":[],"sandbox":"v2"}},"archived":true,"labels":["a","b"]}""";
        ThreadObject thread = JsonSerializer.Deserialize(Json, ThreadsJsonContext.Default.ThreadObject)!;

        Assert.True(thread.AdditionalData!["archived"].GetBoolean());
        thread.Metadata!["user"] = "abc123";
        string written = JsonSerializer.Serialize(thread, ThreadsJsonContext.Default.ThreadObject);

        AssertSameJson(Json.Replace("\"metadata\":{}", "\"metadata\":{\"user\":\"abc123\"}", System.StringComparison.Ordinal), written);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"metadata":null}""")]
    [InlineData("""{"metadata":{"k":"v"},"tool_resources":null}""")]
    public void Absent_and_null_stay_different_for_optional_nullable_properties(string json)
    {
        ModifyThreadRequest request = JsonSerializer.Deserialize(json, ThreadsJsonContext.Default.ModifyThreadRequest)!;

        AssertSameJson(json, JsonSerializer.Serialize(request, ThreadsJsonContext.Default.ModifyThreadRequest));
    }

    [Fact]
    public void Assigning_null_sends_null_and_leaving_unset_sends_nothing()
    {
        Assert.Equal("{}", JsonSerializer.Serialize(new ModifyThreadRequest(), ThreadsJsonContext.Default.ModifyThreadRequest));
        Assert.Equal("""{"metadata":null}""", JsonSerializer.Serialize(new ModifyThreadRequest { Metadata = null }, ThreadsJsonContext.Default.ModifyThreadRequest));

        // A property that may be absent but never null is simply left out when null.
        var message = new CreateMessageRequest { Role = "user", Content = "hi" };
        Assert.DoesNotContain("attachments", JsonSerializer.Serialize(message, ThreadsJsonContext.Default.CreateMessageRequest), System.StringComparison.Ordinal);
    }

    internal static void AssertSameJson(string expected, string actual)
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");
}
