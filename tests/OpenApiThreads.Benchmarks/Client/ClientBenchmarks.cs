using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OpenAI.Assistants;
using OpenApiThreads.Benchmarks.HandWritten;

namespace OpenApiThreads.Benchmarks.Client;

/// <summary>
/// Four calls, each built, sent through an in-memory handler that returns canned bytes, and parsed: our generated
/// client against a hand-written HttpClient + STJ client (the baseline) and the official OpenAI library's AssistantClient.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientBenchmarks
{
    private const string ApiKey = "sk-benchmark";
    private static readonly Uri s_baseAddress = new("https://api.example.test/v1/");

    private HandWrittenClient _handWritten = null!;
    private ThreadsClient _generated = null!;
    private ThreadsClient _generatedLean = null!;
    private AssistantClient _openAi = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new CannedHandler();
        _handWritten = new HandWrittenClient(new HttpClient(handler), s_baseAddress, ApiKey);
        _generated = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions { BaseAddress = s_baseAddress, ApiKey = ApiKey });
        // The same generated client without two per-request features the baseline does not have: the per-attempt
        // timeout (a linked CancellationTokenSource and a timer per call) and the User-Agent header.
        _generatedLean = new ThreadsClient(new HttpClient(handler), new ThreadsClientOptions
        {
            BaseAddress = s_baseAddress,
            ApiKey = ApiKey,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            UserAgent = null,
        });
        _openAi = new AssistantClient(new ApiKeyCredential(ApiKey), new AssistantClientOptions
        {
            Endpoint = s_baseAddress,
            Transport = new HttpClientPipelineTransport(new HttpClient(handler)),
        });

        // Every side must have read the whole answer, or the comparison is void.
        Console.WriteLine($"// items read: list {ListMessages_HandWritten().Result}/{ListMessages_Generated().Result}/{ListMessages_OpenAi().Result}, "
            + $"stream {StreamRun_HandWritten().Result}/{StreamRun_Generated().Result}/{StreamRun_OpenAi().Result} (hand-written/generated/OpenAI)");
    }

    // --- create thread: one user message and one metadata entry --------------------------------------------------

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("create thread")]
    public Task<HandThread> CreateThread_HandWritten()
        => _handWritten.CreateThreadAsync(new HandCreateThreadRequest
        {
            Messages = [new HandCreateMessage { Role = "user", Content = "How does AI work?" }],
            Metadata = new Dictionary<string, string> { ["user"] = "abc123" },
        });

    [Benchmark(Description = "generated"), BenchmarkCategory("create thread")]
    public Task<ThreadObject> CreateThread_Generated()
        => _generated.CreateThreadAsync(new CreateThreadRequest
        {
            Messages = [new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "How does AI work?" }],
            Metadata = new Dictionary<string, string> { ["user"] = "abc123" },
        });

    [Benchmark(Description = "generated, no timeout or User-Agent"), BenchmarkCategory("create thread")]
    public Task<ThreadObject> CreateThread_GeneratedLean()
        => _generatedLean.CreateThreadAsync(new CreateThreadRequest
        {
            Messages = [new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "How does AI work?" }],
            Metadata = new Dictionary<string, string> { ["user"] = "abc123" },
        });

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("create thread")]
    public async Task<AssistantThread> CreateThread_OpenAi()
    {
        var options = new ThreadCreationOptions();
        options.InitialMessages.Add(new ThreadInitializationMessage(MessageRole.User, [OpenAI.Assistants.MessageContent.FromText("How does AI work?")]));
        options.Metadata["user"] = "abc123";
        return (await _openAi.CreateThreadAsync(options).ConfigureAwait(false)).Value;
    }

    // --- retrieve thread -------------------------------------------------------------------------------------------

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("retrieve thread")]
    public Task<HandThread> GetThread_HandWritten() => _handWritten.GetThreadAsync(SampleJson.ThreadId);

    [Benchmark(Description = "generated"), BenchmarkCategory("retrieve thread")]
    public Task<ThreadObject> GetThread_Generated() => _generated.GetThreadAsync(SampleJson.ThreadId);

    [Benchmark(Description = "generated, no timeout or User-Agent"), BenchmarkCategory("retrieve thread")]
    public Task<ThreadObject> GetThread_GeneratedLean() => _generatedLean.GetThreadAsync(SampleJson.ThreadId);

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("retrieve thread")]
    public async Task<AssistantThread> GetThread_OpenAi() => (await _openAi.GetThreadAsync(SampleJson.ThreadId).ConfigureAwait(false)).Value;

    // --- one page of 100 messages ----------------------------------------------------------------------------------

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("list 100 messages")]
    public async Task<int> ListMessages_HandWritten() => (await _handWritten.ListMessagesAsync(SampleJson.ThreadId, 100).ConfigureAwait(false)).Data.Count;

    [Benchmark(Description = "generated"), BenchmarkCategory("list 100 messages")]
    public async Task<int> ListMessages_Generated() => (await _generated.ListMessagesAsync(SampleJson.ThreadId, limit: 100).ConfigureAwait(false)).Data.Count;

    [Benchmark(Description = "generated, no timeout or User-Agent"), BenchmarkCategory("list 100 messages")]
    public async Task<int> ListMessages_GeneratedLean() => (await _generatedLean.ListMessagesAsync(SampleJson.ThreadId, limit: 100).ConfigureAwait(false)).Data.Count;

    /// <summary>The library pages by itself; the canned page says has_more: false, so this reads exactly one page.</summary>
    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("list 100 messages")]
    public async Task<int> ListMessages_OpenAi()
    {
        int count = 0;
        await foreach (ThreadMessage _ in _openAi.GetMessagesAsync(SampleJson.ThreadId, new MessageCollectionOptions { PageSizeLimit = 100 }).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    // --- a streamed run of 50 events -------------------------------------------------------------------------------

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("stream a run, 50 events")]
    public async Task<int> StreamRun_HandWritten()
    {
        int count = 0;
        await foreach (HandEvent _ in _handWritten.CreateRunStreamingAsync(SampleJson.ThreadId, new HandCreateRunRequest { AssistantId = SampleJson.AssistantId }).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "generated"), BenchmarkCategory("stream a run, 50 events")]
    public async Task<int> StreamRun_Generated()
    {
        int count = 0;
        await foreach (AssistantStreamEvent _ in _generated.CreateRunStreamingAsync(SampleJson.ThreadId, new CreateRunRequest { AssistantId = SampleJson.AssistantId }).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "generated, no timeout or User-Agent"), BenchmarkCategory("stream a run, 50 events")]
    public async Task<int> StreamRun_GeneratedLean()
    {
        int count = 0;
        await foreach (AssistantStreamEvent _ in _generatedLean.CreateRunStreamingAsync(SampleJson.ThreadId, new CreateRunRequest { AssistantId = SampleJson.AssistantId }).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    /// <summary>The library may split one event into several updates (a delta per content part); all are read.</summary>
    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("stream a run, 50 events")]
    public async Task<int> StreamRun_OpenAi()
    {
        int count = 0;
        AsyncStreamingResult<StreamingUpdate> updates = await _openAi.CreateRunStreamingAsync(SampleJson.ThreadId, SampleJson.AssistantId).ConfigureAwait(false);
        await foreach (StreamingUpdate _ in ((IAsyncEnumerable<StreamingUpdate>)updates).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
