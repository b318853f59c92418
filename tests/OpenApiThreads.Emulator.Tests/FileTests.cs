using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class FileTests(EmulatorFixture fixture)
{
    // OpenAIFile.required in the OpenAI spec, in the order the emulator writes them; expires_at only when set.
    private static readonly string[] FileProperties = ["id", "object", "bytes", "created_at", "filename", "purpose", "status"];

    private readonly ApiClient _api = fixture.Api;

    [Fact]
    public async Task UploadRetrieveListDownloadDelete_KeepsEveryByteAndTheName()
    {
        byte[] payload = BinaryPayload(200_000);
        const string Name = "Résumé – データ ✓.bin";
        long before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        ApiResponse uploaded = await _api.UploadAsync(payload, Name);

        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        Assert.Equal(FileProperties, uploaded.Json.EnumerateObject().Select(p => p.Name));
        string id = uploaded.String("id");
        Assert.Matches("^file-[A-Za-z0-9]{24}$", id);
        Assert.Equal("file", uploaded.String("object"));
        Assert.Equal(payload.Length, uploaded.Json.GetProperty("bytes").GetInt64());
        Assert.InRange(uploaded.Json.GetProperty("created_at").GetInt64(), before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal(Name, uploaded.String("filename"));
        Assert.Equal("assistants", uploaded.String("purpose"));
        Assert.Equal("processed", uploaded.String("status"));

        Assert.Equal(uploaded.Body, (await _api.GetAsync($"files/{id}")).Body);

        ApiResponse listed = await _api.GetAsync("files?purpose=assistants");
        Assert.Equal(uploaded.Body, Assert.Single(listed.Json.GetProperty("data").EnumerateArray(), file => file.GetProperty("id").GetString() == id).GetRawText());

        Download content = await _api.DownloadAsync($"files/{id}/content");
        Assert.Equal(HttpStatusCode.OK, content.Status);
        Assert.Equal(payload, content.Bytes);
        Assert.Equal("application/octet-stream", content.ContentHeaders.ContentType?.MediaType);
        Assert.Equal(payload.Length, content.ContentHeaders.ContentLength);
        Assert.Equal("attachment", content.ContentHeaders.ContentDisposition?.DispositionType);
        Assert.Equal(Name, content.ContentHeaders.ContentDisposition?.FileNameStar);

        ApiResponse deleted = await _api.DeleteAsync($"files/{id}");
        Assert.Equal($$"""{"id":"{{id}}","object":"file","deleted":true}""", deleted.Body);

        JsonElement notFound = (await _api.GetAsync($"files/{id}")).AssertError(HttpStatusCode.NotFound, param: null);
        Assert.Equal($"No file found with id '{id}'.", notFound.GetProperty("message").GetString());
        Download gone = await _api.DownloadAsync($"files/{id}/content");
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("application/json", gone.ContentHeaders.ContentType?.MediaType);
        (await _api.DeleteAsync($"files/{id}")).AssertError(HttpStatusCode.NotFound, param: null);
        Assert.DoesNotContain(id, (await _api.GetAsync("files")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_OfAnAsciiName_CarriesItInBothFileNameParameters_AndAnEmptyFileWorks()
    {
        string id = (await _api.UploadAsync([], "empty.jsonl", "batch")).String("id");

        Download content = await _api.DownloadAsync($"files/{id}/content");

        Assert.Equal(HttpStatusCode.OK, content.Status);
        Assert.Empty(content.Bytes);
        Assert.Equal(0, content.ContentHeaders.ContentLength);
        Assert.Equal("empty.jsonl", content.ContentHeaders.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("empty.jsonl", content.ContentHeaders.ContentDisposition?.FileNameStar);
    }

    public static TheoryData<string, string> FileNameParameters { get; } = new()
    {
        // as browsers and Python's httpx send a non-ASCII name: raw UTF-8 inside the quotes
        { "filename=\"café ✓.png\"", "café ✓.png" },
        // RFC 5987: filename* wins over the ASCII stand-in
        { "filename=\"cafe.png\"; filename*=UTF-8''caf%C3%A9%20%E2%9C%93.png", "café ✓.png" },
        // as .NET's HttpClient writes the plain parameter: MIME-encoded UTF-8
        { "filename=\"=?utf-8?B?Y2Fmw6kucG5n?=\"", "café.png" },
        { "filename=plain.txt", "plain.txt" },
        // quoted-string escapes: curl writes \", httpx writes \\
        { "filename=\"with \\\"quotes\\\".txt\"", "with \"quotes\".txt" },
        { "filename=\"back\\\\slash.txt\"", "back\\slash.txt" },
    };

    [Theory]
    [MemberData(nameof(FileNameParameters))]
    public async Task Upload_ReadsTheFileNameHowEveryClientWritesIt_InAnyPartOrder(string parameters, string expected)
    {
        byte[] payload = BinaryPayload(1000);
        RawMultipart form = new RawMultipart().Field("name=\"purpose\"", "vision").File(parameters, payload);

        ApiResponse uploaded = await _api.SendContentAsync(HttpMethod.Post, "files", form.ToContent());

        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        Assert.Equal(expected, uploaded.String("filename"));
        Assert.Equal("vision", uploaded.String("purpose"));
        Download content = await _api.DownloadAsync($"files/{uploaded.String("id")}/content");
        Assert.Equal(payload, content.Bytes);
        Assert.Equal(expected, content.ContentHeaders.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Upload_AboveKestrelsDefaultBodyLimit_IsAccepted()
    {
        // Kestrel refuses bodies over 30,000,000 bytes unless the endpoint lifts the limit.
        byte[] payload = BinaryPayload(31_000_000);

        ApiResponse uploaded = await _api.UploadAsync(payload, "big.bin", "user_data");

        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        Assert.Equal(payload.Length, uploaded.Json.GetProperty("bytes").GetInt64());
        string id = uploaded.String("id");
        Assert.Equal(payload, (await _api.DownloadAsync($"files/{id}/content")).Bytes);
        await _api.DeleteAsync($"files/{id}");
    }

    [Fact]
    public async Task Upload_OverMaxFileBytes_Gets413AndStoresNothing()
    {
        await using PrivateEmulator emulator = await PrivateEmulator.StartAsync();
        emulator.Emulator.MaxFileBytes = 1000;

        ApiResponse atLimit = await emulator.Api.UploadAsync(BinaryPayload(1000), "fits.bin");
        ApiResponse overLimit = await emulator.Api.UploadAsync(BinaryPayload(1001), "too-big.bin");

        Assert.Equal(HttpStatusCode.OK, atLimit.Status);
        JsonElement error = overLimit.AssertError(HttpStatusCode.RequestEntityTooLarge, "file");
        Assert.Equal("file_too_large", error.GetProperty("code").GetString());
        Assert.Contains("1000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        JsonElement data = (await emulator.Api.GetAsync("files")).Json.GetProperty("data");
        Assert.Equal(atLimit.String("id"), Assert.Single(data.EnumerateArray()).GetProperty("id").GetString());
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.Emulator.MaxFileBytes = -1);
    }

    [Fact]
    public async Task ExpiresAfter_SetsExpiresAt_AndBatchFilesExpireAfter30DaysByDefault()
    {
        RawMultipart form = new RawMultipart()
            .File("filename=\"x.txt\"", "x"u8.ToArray())
            .Field("name=\"purpose\"", "assistants")
            .Field("name=\"expires_after[anchor]\"", "created_at")
            .Field("name=\"expires_after[seconds]\"", "3600");

        ApiResponse expiring = await _api.SendContentAsync(HttpMethod.Post, "files", form.ToContent());
        ApiResponse batch = await _api.UploadAsync("{}"u8.ToArray(), "input.jsonl", "batch");

        Assert.Equal(HttpStatusCode.OK, expiring.Status);
        Assert.Equal(expiring.Json.GetProperty("created_at").GetInt64() + 3600, expiring.Json.GetProperty("expires_at").GetInt64());
        Assert.Equal(batch.Json.GetProperty("created_at").GetInt64() + 2_592_000, batch.Json.GetProperty("expires_at").GetInt64());
        Assert.Equal(["id", "object", "bytes", "created_at", "expires_at", "filename", "purpose", "status"], batch.Json.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task List_PagesByCreationAndFiltersByPurpose()
    {
        await using PrivateEmulator emulator = await PrivateEmulator.StartAsync();
        ApiClient api = emulator.Api;
        string[] ids = new string[4];
        for (int index = 0; index < ids.Length; index++)
        {
            ids[index] = (await api.UploadAsync([(byte)index], $"f{index}.txt", index == 2 ? "batch" : "assistants")).String("id");
        }

        ApiResponse all = await api.GetAsync("files");
        Assert.Equal(ids.Reverse(), Ids(all));
        Assert.Equal(ids[3], all.String("first_id"));
        Assert.Equal(ids[0], all.String("last_id"));
        Assert.False(all.Json.GetProperty("has_more").GetBoolean());

        ApiResponse firstPage = await api.GetAsync("files?order=asc&limit=2");
        Assert.Equal(ids[..2], Ids(firstPage));
        Assert.True(firstPage.Json.GetProperty("has_more").GetBoolean());
        ApiResponse secondPage = await api.GetAsync($"files?order=asc&limit=2&after={ids[1]}");
        Assert.Equal(ids[2..], Ids(secondPage));
        Assert.False(secondPage.Json.GetProperty("has_more").GetBoolean());

        Assert.Equal([ids[3], ids[1], ids[0]], Ids(await api.GetAsync("files?purpose=assistants")));
        Assert.Equal([ids[2]], Ids(await api.GetAsync("files?purpose=batch&limit=10000")));
        ApiResponse none = await api.GetAsync("files?purpose=vision");
        Assert.Equal("""{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""", none.Body);
    }

    [Theory]
    [InlineData("files?limit=0", "limit")]
    [InlineData("files?limit=10001", "limit")]
    [InlineData("files?limit=ten", "limit")]
    [InlineData("files?order=newest", "order")]
    [InlineData("files?after=file-unknown", "after")]
    [InlineData("files?purpose=a&purpose=b", "purpose")]
    public async Task List_WithInvalidQuery_Gets400NamingTheParameter(string path, string param)
    {
        (await _api.GetAsync(path)).AssertError(HttpStatusCode.BadRequest, param);
    }

    [Theory]
    [InlineData("PUT", "files", new[] { "GET", "POST" })]
    [InlineData("POST", "files/file-x", new[] { "GET", "DELETE" })]
    [InlineData("DELETE", "files/file-x/content", new[] { "GET" })]
    public async Task WrongMethod_Gets405WithTheAllowedOnes(string method, string path, string[] allowed)
    {
        ApiResponse response = await _api.SendAsync(new HttpMethod(method), path);

        response.AssertError(HttpStatusCode.MethodNotAllowed, param: null);
        Assert.Equal(allowed, response.ContentHeaders.Allow);
    }

    [Fact]
    public async Task UnknownIds_Get404_ShownAsTyped()
    {
        JsonElement error = (await _api.GetAsync("files/file-a%2Fb")).AssertError(HttpStatusCode.NotFound, param: null);
        Assert.Equal("No file found with id 'file-a/b'.", error.GetProperty("message").GetString());
        (await _api.DeleteAsync("files/file-missing")).AssertError(HttpStatusCode.NotFound, param: null);
        Download content = await _api.DownloadAsync("files/file-missing/content");
        Assert.Equal(HttpStatusCode.NotFound, content.Status);
        Assert.Contains("No file found with id 'file-missing'.", Encoding.UTF8.GetString(content.Bytes), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every byte value in order, then a multipart boundary prefix and a blank line (what a careless parser would
    /// split on), then a deterministic pseudo-random tail to the requested length.
    /// </summary>
    internal static byte[] BinaryPayload(int length)
    {
        byte[] payload = new byte[length];
        byte[] prefix = [.. Enumerable.Range(0, 256).Select(value => (byte)value), .. "\r\n--\r\n\r\n"u8];
        prefix.AsSpan(0, Math.Min(prefix.Length, length)).CopyTo(payload);
        new Random(length).NextBytes(payload.AsSpan(Math.Min(prefix.Length, length)));
        return payload;
    }

    private static string[] Ids(ApiResponse list) =>
        list.Json.GetProperty("data").EnumerateArray().Select(file => file.GetProperty("id").GetString()!).ToArray();
}
