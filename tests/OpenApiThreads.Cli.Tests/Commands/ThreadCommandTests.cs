using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Commands;

/// <summary><c>create</c>, <c>retrieve</c>, <c>update</c> and <c>delete</c>.</summary>
public sealed class ThreadCommandTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Create_SendsMessagesMetadataAndToolResources_AndPrintsTheThreadAsIndentedJson()
    {
        string fileId = await emulator.NewFileAsync();
        CliResult result = await emulator.RunAsync(
            "create",
            "--message", "user:Explain quantum computing simply.",
            "--message", "assistant:Gladly: it's like this…",
            "--metadata", "user=abc123",
            "--metadata", "team=cli",
            "--tool-resources", $$$"""{"code_interpreter":{"file_ids":["{{{fileId}}}"]}}""");

        JsonElement thread = result.Json();
        Assert.Equal("thread", thread.Str("object"));
        Assert.StartsWith("thread_", thread.Str("id"), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["user"] = "abc123", ["team"] = "cli" }, thread.StringMap("metadata"));
        Assert.Equal(fileId, thread.GetProperty("tool_resources").GetProperty("code_interpreter").GetProperty("file_ids")[0].GetString());
        // Indented for people, and unescaped: "it's" and "…" stay readable in the messages below.
        Assert.Contains("\n  \"id\": ", result.Stdout, StringComparison.Ordinal);

        CliResult messages = await emulator.RunAsync("messages", "list", thread.Str("id"), "--order", "asc");
        IReadOnlyList<JsonElement> lines = messages.JsonLines();
        Assert.Equal(["user", "assistant"], [lines[0].Str("role"), lines[1].Str("role")]);
        Assert.Equal(["Explain quantum computing simply.", "Gladly: it's like this…"], [lines[0].Text(), lines[1].Text()]);
        Assert.Contains("it's like this…", messages.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithNoOptions_PrintsAnEmptyThread()
    {
        JsonElement thread = await emulator.JsonAsync("create");

        Assert.Equal("thread", thread.Str("object"));
        Assert.Empty(thread.StringMap("metadata"));
    }

    [Fact]
    public async Task Retrieve_PrintsTheThreadThatWasCreated()
    {
        string threadId = await emulator.NewThreadAsync("--metadata", "user=abc123");

        JsonElement thread = await emulator.JsonAsync("retrieve", threadId);

        Assert.Equal(threadId, thread.Str("id"));
        Assert.Equal("abc123", thread.StringMap("metadata")["user"]);
    }

    [Fact]
    public async Task Update_ReplacesTheMetadata_AndRetrieveSeesIt()
    {
        string threadId = await emulator.NewThreadAsync("--metadata", "user=abc123");

        JsonElement updated = await emulator.JsonAsync("update", threadId, "--metadata", "user=xyz789", "--metadata=modified=true");

        var expected = new Dictionary<string, string> { ["user"] = "xyz789", ["modified"] = "true" };
        Assert.Equal(expected, updated.StringMap("metadata"));
        Assert.Equal(expected, (await emulator.JsonAsync("retrieve", threadId)).StringMap("metadata"));
    }

    // 'update' help: "what is not given stays as it was". The generated model writes an assigned null as JSON null,
    // which clears the field on the server, so the command must assign only the options it was given.
    [Fact]
    public async Task Update_ToolResources_LeavesTheMetadataAlone()
    {
        string threadId = await emulator.NewThreadAsync("--metadata", "user=abc123");

        JsonElement updated = await emulator.JsonAsync("update", threadId, "--tool-resources", """{"file_search":{"vector_store_ids":["vs_abc"]}}""");

        Assert.Equal("vs_abc", updated.GetProperty("tool_resources").GetProperty("file_search").GetProperty("vector_store_ids")[0].GetString());
        Assert.Equal(new Dictionary<string, string> { ["user"] = "abc123" }, updated.StringMap("metadata"));
    }

    [Fact]
    public async Task Update_Metadata_LeavesTheToolResourcesAlone()
    {
        string fileId = await emulator.NewFileAsync();
        string threadId = await emulator.NewThreadAsync("--tool-resources", $$$"""{"code_interpreter":{"file_ids":["{{{fileId}}}"]}}""");

        JsonElement updated = await emulator.JsonAsync("update", threadId, "--metadata", "user=abc123");

        Assert.Equal("abc123", updated.StringMap("metadata")["user"]);
        Assert.Equal(fileId, updated.GetProperty("tool_resources").GetProperty("code_interpreter").GetProperty("file_ids")[0].GetString());
        Assert.Equal(fileId, (await emulator.JsonAsync("retrieve", threadId)).GetProperty("tool_resources").GetProperty("code_interpreter").GetProperty("file_ids")[0].GetString());
    }

    [Fact]
    public async Task Delete_PrintsTheDeletionStatus_AndTheThreadIsGone()
    {
        string threadId = await emulator.NewThreadAsync();

        JsonElement deletion = await emulator.JsonAsync("delete", threadId);

        Assert.Equal(threadId, deletion.Str("id"));
        Assert.Equal("thread.deleted", deletion.Str("object"));
        Assert.True(deletion.GetProperty("deleted").GetBoolean());
        string error = (await emulator.RunAsync("retrieve", threadId)).ErrorLine(ExitCodes.Failure);
        Assert.Contains("HTTP 404", error, StringComparison.Ordinal);
    }
}
