using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class MessageTests(EmulatorFixture fixture)
{
    // MessageObject.required in the OpenAI spec.
    private static readonly string[] MessageProperties =
    [
        "id", "object", "created_at", "thread_id", "status", "incomplete_details", "completed_at", "incomplete_at",
        "role", "content", "assistant_id", "run_id", "attachments", "metadata",
    ];

    private readonly ApiClient _api = fixture.Api;

    [Fact]
    public async Task CreateGetModifyDelete_FollowsOpenAIsMessageLifecycle()
    {
        string threadId = await _api.NewThreadAsync();
        string fileId = await _api.NewFileAsync();

        ApiResponse created = await _api.PostAsync($"threads/{threadId}/messages", $$"""
            {"role":"user","content":"How does AI work?","metadata":{"topic":"ai"},
             "attachments":[{"file_id":"{{fileId}}","tools":[{"type":"file_search"}]}]}
            """);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(MessageProperties, created.Json.EnumerateObject().Select(p => p.Name));
        string id = created.String("id");
        Assert.Matches("^msg_[A-Za-z0-9]{24}$", id);
        Assert.Equal("thread.message", created.String("object"));
        Assert.Equal(threadId, created.String("thread_id"));
        Assert.Equal("completed", created.String("status"));
        Assert.Equal("user", created.String("role"));
        Assert.Equal("""[{"type":"text","text":{"value":"How does AI work?","annotations":[]}}]""", created.Json.GetProperty("content").GetRawText());
        Assert.Equal(JsonValueKind.Null, created.Json.GetProperty("assistant_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.Json.GetProperty("run_id").ValueKind);
        Assert.Equal($$"""[{"file_id":"{{fileId}}","tools":[{"type":"file_search"}]}]""", created.Json.GetProperty("attachments").GetRawText());
        Assert.Equal("""{"topic":"ai"}""", created.Json.GetProperty("metadata").GetRawText());

        Assert.Equal(created.Body, (await _api.GetAsync($"threads/{threadId}/messages/{id}")).Body);

        ApiResponse modified = await _api.PostAsync($"threads/{threadId}/messages/{id}", """{"metadata":{"topic":"ml"}}""");
        Assert.Equal("""{"topic":"ml"}""", modified.Json.GetProperty("metadata").GetRawText());
        Assert.Equal(created.Json.GetProperty("content").GetRawText(), modified.Json.GetProperty("content").GetRawText());

        ApiResponse deleted = await _api.DeleteAsync($"threads/{threadId}/messages/{id}");
        Assert.Equal($$"""{"id":"{{id}}","object":"thread.message.deleted","deleted":true}""", deleted.Body);

        JsonElement notFound = (await _api.GetAsync($"threads/{threadId}/messages/{id}")).AssertError(HttpStatusCode.NotFound, param: null);
        Assert.Equal($"No message found with id '{id}'.", notFound.GetProperty("message").GetString());
        (await _api.DeleteAsync($"threads/{threadId}/messages/{id}")).AssertError(HttpStatusCode.NotFound, param: null);
        (await _api.PostAsync($"threads/{threadId}/messages/{id}", "{}")).AssertError(HttpStatusCode.NotFound, param: null);
    }

    [Fact]
    public async Task ContentParts_ComeBackAsMessageContent()
    {
        string threadId = await _api.NewThreadAsync();
        string imageId = await _api.NewFileAsync("cat.png");

        ApiResponse created = await _api.PostAsync($"threads/{threadId}/messages", $$$"""
            {"role":"assistant","content":[
              {"type":"text","text":"Look:"},
              {"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"low"}},
              {"type":"image_file","image_file":{"file_id":"{{{imageId}}}"}}]}
            """);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("assistant", created.String("role"));
        Assert.Equal(
            $$$"""[{"type":"text","text":{"value":"Look:","annotations":[]}},{"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"low"}},{"type":"image_file","image_file":{"file_id":"{{{imageId}}}"}}]""",
            created.Json.GetProperty("content").GetRawText());
        Assert.Equal("[]", created.Json.GetProperty("attachments").GetRawText());
        Assert.Equal("{}", created.Json.GetProperty("metadata").GetRawText());
    }

    [Fact]
    public async Task ThreadCreatedWithMessages_ListsThemInOrder_AndDeletingTheThreadDropsThem()
    {
        string threadId = await _api.NewThreadAsync("""{"messages":[{"role":"user","content":"one"},{"role":"assistant","content":"two"}]}""");

        ApiResponse listed = await _api.GetAsync($"threads/{threadId}/messages?order=asc");
        Assert.Equal(["one", "two"], Texts(listed));
        Assert.All(listed.Json.GetProperty("data").EnumerateArray(), message => Assert.Equal(threadId, message.GetProperty("thread_id").GetString()));

        await _api.DeleteAsync($"threads/{threadId}");
        (await _api.GetAsync($"threads/{threadId}/messages")).AssertError(HttpStatusCode.NotFound, param: null);
        (await _api.PostAsync($"threads/{threadId}/messages", """{"role":"user","content":"x"}""")).AssertError(HttpStatusCode.NotFound, param: null);
    }

    [Theory]
    [InlineData(null, "role")]
    [InlineData("""{"content":"hi"}""", "role")]
    [InlineData("""{"role":"system","content":"hi"}""", "role")]
    [InlineData("""{"role":"user"}""", "content")]
    [InlineData("""{"role":"user","content":[]}""", "content")]
    [InlineData("""{"role":"user","content":[{"type":"audio"}]}""", "content[0].type")]
    [InlineData("""{"role":"user","content":[{"type":"text"}]}""", "content[0].text")]
    [InlineData("""{"role":"user","content":[{"type":"image_file","image_file":{}}]}""", "content[0].image_file.file_id")]
    [InlineData("""{"role":"user","content":"hi","attachments":[{"file_id":"f","tools":[{"type":"web"}]}]}""", "attachments[0].tools[0].type")]
    [InlineData("""{"role":"user","content":"hi","metadata":{"k":1}}""", "metadata.k")]
    [InlineData("""{"role":"user","content":"hi","colour":"red"}""", "colour")]
    public async Task CreateMessage_WithInvalidBody_Gets400NamingTheParameter(string? body, string param)
    {
        string threadId = await _api.NewThreadAsync();

        (await _api.PostAsync($"threads/{threadId}/messages", body)).AssertError(HttpStatusCode.BadRequest, param);
    }

    [Fact]
    public async Task ModifyMessage_AcceptsOnlyMetadata()
    {
        string threadId = await _api.NewThreadAsync("""{"messages":[{"role":"user","content":"hi","metadata":{"a":"1"}}]}""");
        string id = (await _api.GetAsync($"threads/{threadId}/messages")).Json.GetProperty("data")[0].GetProperty("id").GetString()!;

        (await _api.PostAsync($"threads/{threadId}/messages/{id}", """{"role":"assistant"}""")).AssertError(HttpStatusCode.BadRequest, "role");
        ApiResponse unchanged = await _api.PostAsync($"threads/{threadId}/messages/{id}");
        Assert.Equal("""{"a":"1"}""", unchanged.Json.GetProperty("metadata").GetRawText());
        ApiResponse cleared = await _api.PostAsync($"threads/{threadId}/messages/{id}", """{"metadata":null}""");
        Assert.Equal("{}", cleared.Json.GetProperty("metadata").GetRawText());
    }

    internal static string[] Texts(ApiResponse list) =>
        list.Json.GetProperty("data").EnumerateArray()
            .Select(message => message.GetProperty("content")[0].GetProperty("text").GetProperty("value").GetString()!)
            .ToArray();
}
