using System;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace OpenApiThreads.Benchmarks.Memory;

/// <summary>
/// One 200 MB <c>listMessages</c> page (about 100,000 messages) read over a loopback socket by the generated client.
/// BenchmarkDotNet reports time and bytes allocated per call; <c>memory-peak</c> (see <see cref="LargeResponseMeasurement"/>)
/// reports the peak and what stays reachable afterwards, which BenchmarkDotNet does not measure.
/// </summary>
public class LargeResponseBenchmarks : IDisposable
{
    /// <summary>The body's size: the 200 MB of issue 15.</summary>
    public const int TargetBytes = 200 * 1024 * 1024;

    private LoopbackFileServer? _server;
    private ThreadsClient _client = null!;

    public int BodyBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        byte[] body = Page(TargetBytes);
        BodyBytes = body.Length;
        _server = new LoopbackFileServer(body);
        _client = new ThreadsClient(new ThreadsClientOptions { BaseAddress = _server.BaseAddress, ApiKey = "sk-benchmark", Timeout = TimeSpan.FromMinutes(5) });
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _server?.Dispose();
        _server = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "listMessages, 200 MB page")]
    public async Task<int> ListMessages_200MB()
    {
        ListMessagesResponse page = await ReadPage();
        return page.Data.Count;
    }

    internal Task<ListMessagesResponse> ReadPage() => _client.ListMessagesAsync("thread_1");

    /// <summary>A page of messages, each with about 1.5 KB of text, until the page is at least <paramref name="bytes"/> long.</summary>
    internal static byte[] Page(int bytes)
    {
        string text = new('x', 1500);
        var json = new StringBuilder(bytes + 4096);
        json.Append("""{"object":"list","data":[""");
        int i = 0;
        while (json.Length < bytes)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append("{\"id\":\"msg_").Append(i++)
                .Append("\",\"object\":\"thread.message\",\"created_at\":1,\"thread_id\":\"thread_1\",\"status\":\"completed\",\"incomplete_details\":null,")
                .Append("\"completed_at\":null,\"incomplete_at\":null,\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":{\"value\":\"")
                .Append(text).Append("\",\"annotations\":[]}}],\"assistant_id\":null,\"run_id\":null,\"attachments\":[],\"metadata\":{}}");
        }

        json.Append("],\"first_id\":\"msg_0\",\"last_id\":\"msg_").Append(i - 1).Append("\",\"has_more\":false}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
