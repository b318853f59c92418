using System;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

/// <summary>File ids in request bodies must name uploaded files; a missing one is a 400 naming where it sits.</summary>
public sealed class FileReferenceTests(EmulatorFixture fixture)
{
    private const string Known = "KNOWN";
    private const string Missing = "MISSING";
    private const string Thread = "THREAD";

    private readonly ApiClient _api = fixture.Api;

    public static TheoryData<string, string, string> References { get; } = new()
    {
        // path, body (KNOWN: an uploaded file, MISSING: the id under test, THREAD: a new thread), expected param
        {
            "threads/THREAD/messages",
            """{"role":"user","content":"hi","attachments":[{"file_id":"KNOWN","tools":[{"type":"code_interpreter"}]},{"file_id":"MISSING","tools":[{"type":"file_search"}]}]}""",
            "attachments[1].file_id"
        },
        {
            "threads/THREAD/messages",
            """{"role":"user","content":[{"type":"text","text":"see"},{"type":"image_file","image_file":{"file_id":"MISSING"}}]}""",
            "content[1].image_file.file_id"
        },
        {
            "threads",
            """{"messages":[{"role":"user","content":"hi","attachments":[{"file_id":"MISSING"}]}]}""",
            "messages[0].attachments[0].file_id"
        },
        {
            "threads",
            """{"tool_resources":{"code_interpreter":{"file_ids":["KNOWN","MISSING"]}}}""",
            "tool_resources.code_interpreter.file_ids[1]"
        },
        {
            "threads",
            """{"tool_resources":{"file_search":{"vector_stores":[{"file_ids":["MISSING"]}]}}}""",
            "tool_resources.file_search.vector_stores[0].file_ids[0]"
        },
        {
            "threads/THREAD",
            """{"tool_resources":{"code_interpreter":{"file_ids":["MISSING"]}}}""",
            "tool_resources.code_interpreter.file_ids[0]"
        },
        {
            "threads/runs",
            """{"assistant_id":"asst_1","thread":{"messages":[{"role":"user","content":"hi","attachments":[{"file_id":"MISSING","tools":[]}]}]}}""",
            "thread.messages[0].attachments[0].file_id"
        },
        {
            "threads/runs",
            """{"assistant_id":"asst_1","thread":{"tool_resources":{"code_interpreter":{"file_ids":["MISSING"]}}}}""",
            "thread.tool_resources.code_interpreter.file_ids[0]"
        },
        {
            "threads/runs",
            """{"assistant_id":"asst_1","tool_resources":{"code_interpreter":{"file_ids":["KNOWN","MISSING"]}}}""",
            "tool_resources.code_interpreter.file_ids[1]"
        },
        {
            "threads/THREAD/runs",
            """{"assistant_id":"asst_1","additional_messages":[{"role":"user","content":"hi","attachments":[{"file_id":"MISSING"}]}]}""",
            "additional_messages[0].attachments[0].file_id"
        },
        {
            "threads/THREAD/runs",
            """{"assistant_id":"asst_1","additional_messages":[{"role":"user","content":[{"type":"image_file","image_file":{"file_id":"MISSING"}}]}]}""",
            "additional_messages[0].content[0].image_file.file_id"
        },
    };

    [Theory]
    [MemberData(nameof(References))]
    public async Task UnknownFileId_Gets400NamingIt_AndTheSameBodyWithAnUploadedFileSucceeds(string path, string body, string param)
    {
        string known = await _api.NewFileAsync();
        string missing = "file-never-uploaded-" + Guid.NewGuid().ToString("N");
        string threadPath = path.Replace(Thread, await _api.NewThreadAsync(), StringComparison.Ordinal);

        ApiResponse rejected = await _api.PostAsync(threadPath, body.Replace(Known, known, StringComparison.Ordinal).Replace(Missing, missing, StringComparison.Ordinal));
        ApiResponse accepted = await _api.PostAsync(threadPath, body.Replace(Known, known, StringComparison.Ordinal).Replace(Missing, await _api.NewFileAsync(), StringComparison.Ordinal));

        string message = rejected.AssertError(HttpStatusCode.BadRequest, param).GetProperty("message").GetString()!;
        Assert.Contains($"'{missing}'", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }

    [Fact]
    public async Task RejectedRequests_StoreNothing()
    {
        string threadId = await _api.NewThreadAsync("""{"metadata":{"keep":"me"}}""");
        string before = (await _api.GetAsync($"threads/{threadId}")).Body;
        const string Attachment = """[{"file_id":"file-missing"}]""";

        (await _api.PostAsync($"threads/{threadId}/messages", $$"""{"role":"user","content":"hi","attachments":{{Attachment}}}""")).AssertError(HttpStatusCode.BadRequest, "attachments[0].file_id");
        (await _api.PostAsync($"threads/{threadId}/runs", $$"""{"assistant_id":"a","additional_messages":[{"role":"user","content":"hi","attachments":{{Attachment}}}]}""")).AssertError(HttpStatusCode.BadRequest, "additional_messages[0].attachments[0].file_id");
        (await _api.PostAsync($"threads/{threadId}", """{"metadata":{},"tool_resources":{"code_interpreter":{"file_ids":["file-missing"]}}}""")).AssertError(HttpStatusCode.BadRequest, "tool_resources.code_interpreter.file_ids[0]");

        Assert.Empty((await _api.GetAsync($"threads/{threadId}/messages")).Json.GetProperty("data").EnumerateArray());
        Assert.Empty((await _api.GetAsync($"threads/{threadId}/runs")).Json.GetProperty("data").EnumerateArray());
        Assert.Equal(before, (await _api.GetAsync($"threads/{threadId}")).Body);
    }

    [Fact]
    public async Task AMalformedBody_IsReportedAsSuch_BeforeAnyFileIsLookedUp()
    {
        string threadId = await _api.NewThreadAsync();

        ApiResponse response = await _api.PostAsync($"threads/{threadId}/messages",
            """{"role":"user","content":"hi","attachments":[{"file_id":"file-missing","tools":[{"type":"browser"}]}]}""");

        response.AssertError(HttpStatusCode.BadRequest, "attachments[0].tools[0].type");
    }

    [Fact]
    public async Task MissingThread_Is404_EvenWhenTheBodyNamesAMissingFile()
    {
        (await _api.PostAsync("threads/thread_missing/messages", """{"role":"user","content":"hi","attachments":[{"file_id":"file-missing"}]}"""))
            .AssertError(HttpStatusCode.NotFound, param: null);
    }

    [Fact]
    public async Task ADeletedFile_CanNoLongerBeAttached_ButMessagesThatNameItRemain()
    {
        string threadId = await _api.NewThreadAsync();
        string fileId = await _api.NewFileAsync();
        string body = $$"""{"role":"user","content":"hi","attachments":[{"file_id":"{{fileId}}","tools":[{"type":"file_search"}]}]}""";
        ApiResponse attached = await _api.PostAsync($"threads/{threadId}/messages", body);
        Assert.Equal(HttpStatusCode.OK, attached.Status);

        await _api.DeleteAsync($"files/{fileId}");

        (await _api.PostAsync($"threads/{threadId}/messages", body)).AssertError(HttpStatusCode.BadRequest, "attachments[0].file_id");
        Assert.Equal(attached.Body, (await _api.GetAsync($"threads/{threadId}/messages/{attached.String("id")}")).Body);
    }

    [Fact]
    public async Task VectorStoreIds_AreNotChecked_AsTheEmulatorHasNoVectorStores()
    {
        ApiResponse created = await _api.PostAsync("threads", """{"tool_resources":{"file_search":{"vector_store_ids":["vs_anything"]}}}""");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("""["vs_anything"]""", created.Json.GetProperty("tool_resources").GetProperty("file_search").GetProperty("vector_store_ids").GetRawText());
    }

    [Fact]
    public async Task ImageUrls_AreNotFileReferences()
    {
        string threadId = await _api.NewThreadAsync();

        ApiResponse created = await _api.PostAsync($"threads/{threadId}/messages",
            """{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.com/file-abc.png"}}]}""");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(JsonValueKind.Array, created.Json.GetProperty("content").ValueKind);
    }
}
