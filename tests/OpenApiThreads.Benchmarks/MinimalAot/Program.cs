using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace MinimalAot;

// `minimal-threads create --metadata user=abc123`: POST {base}/threads and print the thread as indented JSON, with the
// CLI's environment variables (OPENAI_BASE_URL, OPENAI_API_KEY) and exit codes (1: API or network, 2: usage).
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        string? baseUrl = Environment.GetEnvironmentVariable("OPENAI_BASE_URL");
        string? apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        if (args.Length == 0 || args[0] != "create" || string.IsNullOrEmpty(baseUrl) || string.IsNullOrEmpty(apiKey))
        {
            await Console.Error.WriteLineAsync("usage: OPENAI_BASE_URL=… OPENAI_API_KEY=… minimal-threads create [--metadata key=value]…");
            return 2;
        }

        var body = new CreateThreadRequest { Metadata = [] };
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            string[] pair = args[i + 1].Split('=', 2);
            if (args[i] != "--metadata" || pair.Length != 2)
            {
                await Console.Error.WriteLineAsync($"unknown argument '{args[i]}'");
                return 2;
            }

            body.Metadata[pair[0]] = pair[1];
        }

        try
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), "threads"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            request.Headers.TryAddWithoutValidation("OpenAI-Beta", "assistants=v2");
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, WireJson.Default.CreateThreadRequest));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using HttpResponseMessage response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                return 1;
            }

            await using Stream stream = await response.Content.ReadAsStreamAsync();
            Thread thread = await JsonSerializer.DeserializeAsync(stream, WireJson.Default.Thread) ?? throw new JsonException("null thread");
            Console.WriteLine(JsonSerializer.Serialize(thread, OutputJson.Default.Thread));
            return 0;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}

internal sealed class CreateThreadRequest
{
    [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
}

internal sealed class Thread
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "thread";
    [JsonPropertyName("created_at")] public long CreatedAt { get; set; }
    [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
    [JsonPropertyName("tool_resources")] public ToolResources? ToolResources { get; set; }
}

internal sealed class ToolResources
{
    [JsonPropertyName("code_interpreter")] public FileIds? CodeInterpreter { get; set; }
    [JsonPropertyName("file_search")] public VectorStoreIds? FileSearch { get; set; }
}

internal sealed class FileIds
{
    [JsonPropertyName("file_ids")] public List<string>? Ids { get; set; }
}

internal sealed class VectorStoreIds
{
    [JsonPropertyName("vector_store_ids")] public List<string>? Ids { get; set; }
}

[JsonSerializable(typeof(CreateThreadRequest))]
[JsonSerializable(typeof(Thread))]
internal sealed partial class WireJson : JsonSerializerContext;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Thread))]
internal sealed partial class OutputJson : JsonSerializerContext;
