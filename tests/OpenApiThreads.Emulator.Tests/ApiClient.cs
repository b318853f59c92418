using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

/// <summary>A raw HTTP client for the emulator, so the tests see exactly the bytes OpenAI's clients would.</summary>
public sealed class ApiClient(HttpClient http)
{
    public const string ApiKey = "sk-test-secret-key";

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<ApiResponse> PostAsync(string path, string? json = null) => SendAsync(HttpMethod.Post, path, json);

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>Creates a thread and returns its id.</summary>
    public async Task<string> NewThreadAsync(string? json = null)
    {
        ApiResponse created = await PostAsync("threads", json);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        return created.String("id");
    }

    /// <summary>Uploads <paramref name="bytes"/> as <c>POST /files</c>, the way OpenAI's SDKs send a file.</summary>
    public Task<ApiResponse> UploadAsync(byte[] bytes, string fileName, string purpose = "assistants")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(purpose), "purpose");
        return SendContentAsync(HttpMethod.Post, "files", form);
    }

    /// <summary>Uploads a small text file for the assistants and returns its id.</summary>
    public async Task<string> NewFileAsync(string fileName = "notes.txt")
    {
        ApiResponse uploaded = await UploadAsync("some notes"u8.ToArray(), fileName);
        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        return uploaded.String("id");
    }

    /// <summary>Gets a response that is not JSON (a file's content), with its status, bytes and content headers.</summary>
    public async Task<Download> DownloadAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ApiKey);
        using HttpResponseMessage response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return new Download(response.StatusCode, bytes, response.Content.Headers);
    }

    /// <param name="authorization">The raw Authorization header, or null to send none.</param>
    public Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json = null, string? authorization = "Bearer " + ApiKey) =>
        SendContentAsync(method, path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"), authorization);

    /// <summary>Sends any body (the request disposes it) and reads a JSON response.</summary>
    public async Task<ApiResponse> SendContentAsync(HttpMethod method, string path, HttpContent? content, string? authorization = "Bearer " + ApiKey)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using HttpResponseMessage response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using JsonDocument document = JsonDocument.Parse(body);
        return new ApiResponse(response.StatusCode, document.RootElement.Clone(), body, response.Headers, response.Content.Headers);
    }

    /// <summary>Posts and returns as soon as the headers arrive, so the caller can read a stream as it is written.</summary>
    public async Task<HttpResponseMessage> PostForStreamAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ApiKey);
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Posts a request that asks for a stream and reads every event; asserts the stream's content type.</summary>
    public async Task<List<ServerSentEvent>> StreamAsync(string path, string json)
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        using HttpResponseMessage response = await PostForStreamAsync(path, json, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await ServerSentEvents.ReadAllAsync(body, cancellationToken);
    }
}

public sealed record Download(HttpStatusCode Status, byte[] Bytes, HttpContentHeaders ContentHeaders);

public sealed record ApiResponse(
    HttpStatusCode Status,
    JsonElement Json,
    string Body,
    HttpResponseHeaders Headers,
    HttpContentHeaders ContentHeaders)
{
    public string String(string name) => Json.GetProperty(name).GetString()!;

    /// <summary>Asserts OpenAI's error shape: all four fields present, type invalid_request_error.</summary>
    public JsonElement AssertError(HttpStatusCode status, string? param)
    {
        Assert.Equal(status, Status);
        JsonElement error = Json.GetProperty("error");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        JsonElement actualParam = error.GetProperty("param");
        Assert.Equal(param, actualParam.ValueKind == JsonValueKind.Null ? null : actualParam.GetString());
        Assert.True(error.TryGetProperty("code", out _));
        return error;
    }
}
