using System;
using System.ClientModel.Primitives;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OpenAI;
using OpenAI.Assistants;
using OpenApiThreads.Benchmarks.HandWritten;

namespace OpenApiThreads.Benchmarks.Serialization;

/// <summary>
/// The same JSON through three sets of types: hand-written POCOs with a [JsonSerializable] context (the baseline), our
/// generated models with the metadata the generator writes (ThreadsJsonContext), and the official OpenAI library's
/// models through ModelReaderWriter. Deserialise reads UTF-8 bytes; serialise writes UTF-8 bytes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private static readonly ModelReaderWriterOptions s_json = ModelReaderWriterOptions.Json;

    private readonly byte[] _thread = SampleJson.Thread;
    private readonly byte[] _run = SampleJson.Run;
    private readonly byte[] _page = SampleJson.MessagePage;
    private readonly BinaryData _threadData = BinaryData.FromBytes(SampleJson.Thread);
    private readonly BinaryData _runData = BinaryData.FromBytes(SampleJson.Run);

    private HandThread _handThread = null!;
    private ThreadObject _generatedThread = null!;
    private AssistantThread _openAiThread = null!;
    private HandRun _handRun = null!;
    private RunObject _generatedRun = null!;
    private ThreadRun _openAiRun = null!;
    private HandMessageList _handPage = null!;
    private ListMessagesResponse _generatedPage = null!;
    private OpenAiMessagePage.Page _openAiPage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handThread = Thread_Deserialize_HandWritten();
        _generatedThread = Thread_Deserialize_Generated();
        _openAiThread = Thread_Deserialize_OpenAi();
        _handRun = Run_Deserialize_HandWritten();
        _generatedRun = Run_Deserialize_Generated();
        _openAiRun = Run_Deserialize_OpenAi();
        _handPage = Page_Deserialize_HandWritten();
        _generatedPage = Page_Deserialize_Generated();
        _openAiPage = Page_Deserialize_OpenAi();
        if (_handPage.Data.Count != 100 || _generatedPage.Data.Count != 100 || _openAiPage.Data.Count != 100)
        {
            throw new InvalidOperationException("A message page did not read 100 messages.");
        }
    }

    // --- thread ----------------------------------------------------------------------------------------------------

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("thread: deserialise")]
    public HandThread Thread_Deserialize_HandWritten() => System.Text.Json.JsonSerializer.Deserialize(_thread, HandWrittenJsonContext.Default.HandThread)!;

    [Benchmark(Description = "generated"), BenchmarkCategory("thread: deserialise")]
    public ThreadObject Thread_Deserialize_Generated() => System.Text.Json.JsonSerializer.Deserialize(_thread, ThreadsJsonContext.Default.ThreadObject)!;

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("thread: deserialise")]
    public AssistantThread Thread_Deserialize_OpenAi() => ModelReaderWriter.Read<AssistantThread>(_threadData, s_json, OpenAIContext.Default)!;

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("thread: serialise")]
    public byte[] Thread_Serialize_HandWritten() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_handThread, HandWrittenJsonContext.Default.HandThread);

    [Benchmark(Description = "generated"), BenchmarkCategory("thread: serialise")]
    public byte[] Thread_Serialize_Generated() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_generatedThread, ThreadsJsonContext.Default.ThreadObject);

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("thread: serialise")]
    public BinaryData Thread_Serialize_OpenAi() => ModelReaderWriter.Write(_openAiThread, s_json, OpenAIContext.Default);

    // --- run -------------------------------------------------------------------------------------------------------

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("run: deserialise")]
    public HandRun Run_Deserialize_HandWritten() => System.Text.Json.JsonSerializer.Deserialize(_run, HandWrittenJsonContext.Default.HandRun)!;

    [Benchmark(Description = "generated"), BenchmarkCategory("run: deserialise")]
    public RunObject Run_Deserialize_Generated() => System.Text.Json.JsonSerializer.Deserialize(_run, ThreadsJsonContext.Default.RunObject)!;

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("run: deserialise")]
    public ThreadRun Run_Deserialize_OpenAi() => ModelReaderWriter.Read<ThreadRun>(_runData, s_json, OpenAIContext.Default)!;

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("run: serialise")]
    public byte[] Run_Serialize_HandWritten() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_handRun, HandWrittenJsonContext.Default.HandRun);

    [Benchmark(Description = "generated"), BenchmarkCategory("run: serialise")]
    public byte[] Run_Serialize_Generated() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_generatedRun, ThreadsJsonContext.Default.RunObject);

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("run: serialise")]
    public BinaryData Run_Serialize_OpenAi() => ModelReaderWriter.Write(_openAiRun, s_json, OpenAIContext.Default);

    // --- a page of 100 messages ------------------------------------------------------------------------------------

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("100 messages: deserialise")]
    public HandMessageList Page_Deserialize_HandWritten() => System.Text.Json.JsonSerializer.Deserialize(_page, HandWrittenJsonContext.Default.HandMessageList)!;

    [Benchmark(Description = "generated"), BenchmarkCategory("100 messages: deserialise")]
    public ListMessagesResponse Page_Deserialize_Generated() => System.Text.Json.JsonSerializer.Deserialize(_page, ThreadsJsonContext.Default.ListMessagesResponse)!;

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("100 messages: deserialise")]
    public OpenAiMessagePage.Page Page_Deserialize_OpenAi() => OpenAiMessagePage.Read(_page);

    [Benchmark(Baseline = true, Description = "hand-written"), BenchmarkCategory("100 messages: serialise")]
    public byte[] Page_Serialize_HandWritten() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_handPage, HandWrittenJsonContext.Default.HandMessageList);

    [Benchmark(Description = "generated"), BenchmarkCategory("100 messages: serialise")]
    public byte[] Page_Serialize_Generated() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_generatedPage, ThreadsJsonContext.Default.ListMessagesResponse);

    [Benchmark(Description = "OpenAI 2.15.0"), BenchmarkCategory("100 messages: serialise")]
    public byte[] Page_Serialize_OpenAi() => OpenAiMessagePage.Write(_openAiPage);
}
