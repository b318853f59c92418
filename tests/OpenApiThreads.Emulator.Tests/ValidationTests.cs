using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class ValidationTests(EmulatorFixture fixture)
{
    private readonly ApiClient _api = fixture.Api;

    public static TheoryData<string, string?, string> InvalidThreadRequests { get; } = new()
    {
        // body, expected param, a word the message must contain
        { "{", null, "JSON" },
        { "[]", null, "object" },
        { "42", null, "object" },
        { """{"metadata":[]}""", "metadata", "type" },
        { "{\"metadata\":" + ManyPairs(17) + "}", "metadata", "16" },
        { "{\"metadata\":{\"" + new string('k', 65) + "\":\"v\"}}", "metadata", "64" },
        { "{\"metadata\":{\"k\":\"" + new string('v', 513) + "\"}}", "metadata.k", "512" },
        { """{"metadata":{"k":1}}""", "metadata.k", "string" },
        { """{"messages":[{"content":"hi"}]}""", "messages[0].role", "Missing" },
        { """{"messages":[{"role":"system","content":"hi"}]}""", "messages[0].role", "system" },
        { """{"messages":[{"role":"user"}]}""", "messages[0].content", "Missing" },
        { """{"messages":[{"role":"user","content":[]}]}""", "messages[0].content", "empty" },
        { """{"messages":[{"role":"user","content":7}]}""", "messages[0].content", "type" },
        { "{\"tool_resources\":{\"code_interpreter\":{\"file_ids\":[" + string.Join(",", Enumerable.Range(0, 21).Select(i => $"\"file_{i}\"")) + "]}}}", "tool_resources.code_interpreter.file_ids", "20" },
        { """{"tool_resources":{"file_search":{"vector_store_ids":["vs_1","vs_2"]}}}""", "tool_resources.file_search.vector_store_ids", "1" },
        { """{"colour":"red"}""", "colour", "colour" },
    };

    private static string ManyPairs(int count) =>
        "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"k{i}\":\"v\"")) + "}";

    [Theory]
    [MemberData(nameof(InvalidThreadRequests))]
    public async Task CreateThread_WithInvalidBody_Gets400NamingTheParameter(string body, string? param, string messageFragment)
    {
        ApiResponse response = await _api.PostAsync("threads", body);

        string message = response.AssertError(HttpStatusCode.BadRequest, param).GetProperty("message").GetString()!;
        Assert.Contains(messageFragment, message);
    }

    [Fact]
    public async Task ModifyThread_WithInvalidMetadata_Gets400AndLeavesTheThreadUnchanged()
    {
        ApiResponse created = await _api.PostAsync("threads", """{"metadata":{"keep":"me"}}""");
        string id = created.String("id");

        (await _api.PostAsync($"threads/{id}", "{\"metadata\":" + ManyPairs(17) + "}")).AssertError(HttpStatusCode.BadRequest, "metadata");
        (await _api.PostAsync($"threads/{id}", """{"messages":[]}""")).AssertError(HttpStatusCode.BadRequest, "messages");
        (await _api.PostAsync($"threads/{id}", "not json")).AssertError(HttpStatusCode.BadRequest, param: null);

        Assert.Equal(created.Body, (await _api.GetAsync($"threads/{id}")).Body);
    }
}
