using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class ThreadLifecycleTests(EmulatorFixture fixture)
{
    private readonly ApiClient _api = fixture.Api;

    [Fact]
    public async Task CreateGetModifyDelete_FollowsOpenAIsThreadLifecycle()
    {
        ApiResponse created = await _api.PostAsync("threads", """{"metadata":{"team":"blue","tier":"gold"}}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        string id = created.String("id");

        ApiResponse fetched = await _api.GetAsync($"threads/{id}");
        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal(created.Body, fetched.Body);

        ApiResponse modified = await _api.PostAsync($"threads/{id}", """{"metadata":{"team":"red"}}""");
        Assert.Equal(HttpStatusCode.OK, modified.Status);
        Assert.Equal(id, modified.String("id"));
        Assert.Equal(created.Json.GetProperty("created_at").GetInt64(), modified.Json.GetProperty("created_at").GetInt64());
        Assert.Equal("""{"team":"red"}""", modified.Json.GetProperty("metadata").GetRawText());

        ApiResponse deleted = await _api.DeleteAsync($"threads/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal($$"""{"id":"{{id}}","object":"thread.deleted","deleted":true}""", deleted.Body);

        JsonElement notFound = (await _api.GetAsync($"threads/{id}")).AssertError(HttpStatusCode.NotFound, param: null);
        Assert.Equal($"No thread found with id '{id}'.", notFound.GetProperty("message").GetString());
        (await _api.DeleteAsync($"threads/{id}")).AssertError(HttpStatusCode.NotFound, param: null);
        (await _api.PostAsync($"threads/{id}", """{"metadata":{}}""")).AssertError(HttpStatusCode.NotFound, param: null);
    }

    [Fact]
    public async Task Create_WithoutBody_WritesAllFivePropertiesWithEmptyDefaults()
    {
        long before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        ApiResponse created = await _api.PostAsync("threads");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("application/json", created.ContentHeaders.ContentType?.MediaType);
        Assert.Matches("^req_[0-9a-f]{32}$", Assert.Single(created.Headers.GetValues("x-request-id")));
        Assert.Equal(["id", "object", "created_at", "metadata", "tool_resources"], created.Json.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^thread_[A-Za-z0-9]{24}$", created.String("id"));
        Assert.Equal("thread", created.String("object"));
        Assert.InRange(created.Json.GetProperty("created_at").GetInt64(), before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal("{}", created.Json.GetProperty("metadata").GetRawText());
        Assert.Equal("{}", created.Json.GetProperty("tool_resources").GetRawText());
    }

    [Fact]
    public async Task Modify_ReplacesOnlyTheFieldsItIsGiven()
    {
        string file1 = await _api.NewFileAsync();
        string file2 = await _api.NewFileAsync();
        ApiResponse created = await _api.PostAsync("threads", $$$"""
            {
              "messages": [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": [{"type": "text", "text": "Hi"}]}],
              "metadata": {"a": "1"},
              "tool_resources": {"code_interpreter": {"file_ids": ["{{{file1}}}", "{{{file2}}}"]}, "file_search": {"vector_store_ids": ["vs_1"]}}
            }
            """);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        string toolResources = $$$"""{"code_interpreter":{"file_ids":["{{{file1}}}","{{{file2}}}"]},"file_search":{"vector_store_ids":["vs_1"]}}""";
        Assert.Equal(toolResources, created.Json.GetProperty("tool_resources").GetRawText());
        string id = created.String("id");

        ApiResponse metadataOnly = await _api.PostAsync($"threads/{id}", """{"metadata":{"b":"2"}}""");
        Assert.Equal("""{"b":"2"}""", metadataOnly.Json.GetProperty("metadata").GetRawText());
        Assert.Equal(toolResources, metadataOnly.Json.GetProperty("tool_resources").GetRawText());

        ApiResponse toolsOnly = await _api.PostAsync($"threads/{id}", """{"tool_resources":{"code_interpreter":{"file_ids":[]}}}""");
        Assert.Equal("""{"b":"2"}""", toolsOnly.Json.GetProperty("metadata").GetRawText());
        Assert.Equal("""{"code_interpreter":{"file_ids":[]}}""", toolsOnly.Json.GetProperty("tool_resources").GetRawText());

        ApiResponse cleared = await _api.PostAsync($"threads/{id}", """{"metadata":null}""");
        Assert.Equal("{}", cleared.Json.GetProperty("metadata").GetRawText());

        ApiResponse unchanged = await _api.PostAsync($"threads/{id}");
        Assert.Equal(cleared.Body, unchanged.Body);
    }

    [Fact]
    public async Task Dispose_StopsTheServer()
    {
        ThreadsEmulator emulator = await ThreadsEmulator.StartAsync(TestContext.Current.CancellationToken);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/v1/$", emulator.BaseAddress.ToString());
        using var http = new System.Net.Http.HttpClient { BaseAddress = emulator.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await new ApiClient(http).PostAsync("threads")).Status);

        await emulator.DisposeAsync();
        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<System.Net.Http.HttpRequestException>(
            () => http.GetAsync("threads/x", TestContext.Current.CancellationToken));
    }
}
