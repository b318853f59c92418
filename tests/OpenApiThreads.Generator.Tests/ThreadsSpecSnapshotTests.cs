using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>What the generator writes for spec/threads.yaml, file by file, and that it compiles cleanly.</summary>
public sealed class ThreadsSpecSnapshotTests
{
    private static readonly (Compilation Output, GeneratorDriverRunResult Result, GeneratorDriver Driver) Run = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec, metadata: new System.Collections.Generic.Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "OpenApiThreads",
        ["build_metadata.AdditionalFiles.OpenApiClientName"] = "ThreadsClient",
    });

    [Fact]
    public void Every_generated_file_matches_its_snapshot()
    {
        var sources = Run.Result.Results.Single().GeneratedSources;
        foreach (GeneratedSourceResult source in sources)
        {
            Snapshot.Match("ThreadsSpec", source.HintName, source.SourceText.ToString());
        }

        // A type that stopped being generated must not leave a stale snapshot behind.
        string directory = Path.Combine(SnapshotDirectory(), "ThreadsSpec");
        var expected = sources.Select(s => s.HintName.Replace(".g.cs", ".verified.cs", StringComparison.Ordinal)).ToHashSet();
        var stale = Directory.GetFiles(directory, "*.verified.cs").Select(Path.GetFileName).Where(f => !expected.Contains(f!)).ToList();
        Assert.Empty(stale);
    }

    [Fact]
    public void Generated_code_compiles_without_warnings_or_errors()
    {
        Assert.Empty(Run.Result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(Run.Output));
    }

    [Fact]
    public void Every_operation_gets_its_methods_each_with_a_cancellation_token()
    {
        string client = Run.Result.Results.Single().GeneratedSources.Single(s => s.HintName == "OpenApiThreads.ThreadsClient.g.cs").SourceText.ToString();
        string[] plain =
        [
            "CreateThread", "GetThread", "ModifyThread", "DeleteThread", "CreateThreadAndRun",
            "ListMessages", "CreateMessage", "GetMessage", "ModifyMessage", "DeleteMessage",
            "ListRuns", "CreateRun", "GetRun", "ModifyRun", "CancelRun", "SubmitToolOutputsToRun", "ListRunSteps", "GetRunStep",
            "ListFiles", "CreateFile", "RetrieveFile", "DeleteFile", "DownloadFile",
        ];
        string[] streaming = ["CreateThreadAndRun", "CreateRun", "SubmitToolOutputsToRun"];
        string[] paging = ["ListMessages", "ListRuns", "ListRunSteps", "ListFiles"];

        // The Files API is not part of the deprecated Assistants beta.
        string[] current = ["ListFiles", "CreateFile", "RetrieveFile", "DeleteFile", "DownloadFile", "ListFiles"];
        foreach (string method in plain)
        {
            Assert.Contains(" " + method + "Async(", client, StringComparison.Ordinal);
        }

        foreach (string method in streaming)
        {
            Assert.Contains("IAsyncEnumerable<api::AssistantStreamEvent> " + method + "StreamingAsync(", client, StringComparison.Ordinal);
        }

        foreach (string method in paging)
        {
            Assert.Contains(" " + method + "AutoPagingAsync(", client, StringComparison.Ordinal);
        }

        int methods = plain.Length + streaming.Length + paging.Length;
        Assert.Equal(methods, client.Split("global::System.Threading.CancellationToken cancellationToken = default").Length - 1);
        Assert.Equal(streaming.Length + paging.Length, client.Split("[global::System.Runtime.CompilerServices.EnumeratorCancellation]").Length - 1);
        Assert.Equal(methods - current.Length, client.Split("[global::System.Obsolete(").Length - 1);
    }

    private static string SnapshotDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.Combine(Path.GetDirectoryName(path)!, "Snapshots");
}
