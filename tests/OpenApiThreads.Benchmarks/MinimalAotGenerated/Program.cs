using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using OpenApiThreads;

namespace MinimalAotGenerated;

// MinimalAot's program with the generated client doing the call: same arguments, variables, output and exit codes.
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        string? baseUrl = Environment.GetEnvironmentVariable("OPENAI_BASE_URL");
        string? apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        if (args.Length == 0 || args[0] != "create" || string.IsNullOrEmpty(baseUrl) || string.IsNullOrEmpty(apiKey))
        {
            await Console.Error.WriteLineAsync("usage: OPENAI_BASE_URL=… OPENAI_API_KEY=… minimal-threads-generated create [--metadata key=value]…");
            return 2;
        }

        var metadata = new Dictionary<string, string>();
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            string[] pair = args[i + 1].Split('=', 2);
            if (args[i] != "--metadata" || pair.Length != 2)
            {
                await Console.Error.WriteLineAsync($"unknown argument '{args[i]}'");
                return 2;
            }

            metadata[pair[0]] = pair[1];
        }

        try
        {
            using var http = new HttpClient();
#if OPENAI_SPEC
            // MinimalAotOpenAI compiles this file against OpenAI's full spec, whose bearer scheme is named ApiKeyAuth.
            var client = new ThreadsClient(http, new ThreadsClientOptions { BaseAddress = new Uri(baseUrl), ApiKeyAuth = apiKey });
#else
            var client = new ThreadsClient(http, new ThreadsClientOptions { BaseAddress = new Uri(baseUrl), ApiKey = apiKey });
#endif
            ThreadObject thread = await client.CreateThreadAsync(new CreateThreadRequest { Metadata = metadata });
            Console.WriteLine(JsonSerializer.Serialize(thread, new ThreadsJsonContext(new JsonSerializerOptions { WriteIndented = true }).ThreadObject));
            return 0;
        }
        catch (Exception exception) when (exception is ThreadsApiException or HttpRequestException or TimeoutException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
