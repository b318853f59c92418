using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
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

    /// <param name="authorization">The raw Authorization header, or null to send none.</param>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json = null, string? authorization = "Bearer " + ApiKey)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using HttpResponseMessage response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using JsonDocument document = JsonDocument.Parse(body);
        return new ApiResponse(response.StatusCode, document.RootElement.Clone(), body, response.Headers, response.Content.Headers);
    }
}

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
