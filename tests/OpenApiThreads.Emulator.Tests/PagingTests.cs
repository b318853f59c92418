using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class PagingTests(EmulatorFixture fixture)
{
    private readonly ApiClient _api = fixture.Api;

    private async Task<string> ThreadWithMessagesAsync(int count)
    {
        string threadId = await _api.NewThreadAsync();
        for (int index = 1; index <= count; index++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync($"threads/{threadId}/messages", $$"""{"role":"user","content":"m{{index}}"}""")).Status);
        }

        return threadId;
    }

    [Fact]
    public async Task List_IsNewestFirstByDefault_WithCursorsOfThePage()
    {
        string threadId = await ThreadWithMessagesAsync(3);

        ApiResponse list = await _api.GetAsync($"threads/{threadId}/messages");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(["object", "data", "first_id", "last_id", "has_more"], list.Json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("list", list.String("object"));
        Assert.Equal(["m3", "m2", "m1"], MessageTests.Texts(list));
        JsonElement data = list.Json.GetProperty("data");
        Assert.Equal(data[0].GetProperty("id").GetString(), list.String("first_id"));
        Assert.Equal(data[2].GetProperty("id").GetString(), list.String("last_id"));
        Assert.False(list.Json.GetProperty("has_more").GetBoolean());
    }

    [Fact]
    public async Task After_PagesForward_AndBefore_PagesBack()
    {
        string threadId = await ThreadWithMessagesAsync(5);
        string path = $"threads/{threadId}/messages?order=asc&limit=2";

        ApiResponse first = await _api.GetAsync(path);
        Assert.Equal(["m1", "m2"], MessageTests.Texts(first));
        Assert.True(first.Json.GetProperty("has_more").GetBoolean());

        ApiResponse second = await _api.GetAsync($"{path}&after={first.String("last_id")}");
        Assert.Equal(["m3", "m4"], MessageTests.Texts(second));
        Assert.True(second.Json.GetProperty("has_more").GetBoolean());

        ApiResponse third = await _api.GetAsync($"{path}&after={second.String("last_id")}");
        Assert.Equal(["m5"], MessageTests.Texts(third));
        Assert.False(third.Json.GetProperty("has_more").GetBoolean());

        ApiResponse back = await _api.GetAsync($"{path}&before={third.String("first_id")}");
        Assert.Equal(["m3", "m4"], MessageTests.Texts(back));
        Assert.True(back.Json.GetProperty("has_more").GetBoolean());

        ApiResponse between = await _api.GetAsync($"threads/{threadId}/messages?order=desc&after={third.String("first_id")}&before={first.String("first_id")}");
        Assert.Equal(["m4", "m3", "m2"], MessageTests.Texts(between));
        Assert.False(between.Json.GetProperty("has_more").GetBoolean());
    }

    [Fact]
    public async Task EmptyPage_HasNullCursors()
    {
        string threadId = await _api.NewThreadAsync();

        ApiResponse list = await _api.GetAsync($"threads/{threadId}/messages");

        Assert.Equal("""{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""", list.Body);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=1&limit=2", "limit")]
    [InlineData("order=newest", "order")]
    [InlineData("after=msg_unknown", "after")]
    [InlineData("before=msg_unknown", "before")]
    public async Task InvalidPagingParameters_Get400(string query, string param)
    {
        string threadId = await ThreadWithMessagesAsync(1);

        (await _api.GetAsync($"threads/{threadId}/messages?{query}")).AssertError(HttpStatusCode.BadRequest, param);
        (await _api.GetAsync($"threads/{threadId}/runs?{query}")).AssertError(HttpStatusCode.BadRequest, param);
    }

    [Fact]
    public async Task LimitOf100_IsAccepted()
    {
        string threadId = await ThreadWithMessagesAsync(1);

        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"threads/{threadId}/messages?limit=100")).Status);
    }
}
