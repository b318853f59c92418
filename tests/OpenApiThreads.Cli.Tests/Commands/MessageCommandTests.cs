using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Commands;

/// <summary><c>messages create</c>, <c>list</c>, <c>retrieve</c> and <c>delete</c>.</summary>
public sealed class MessageCommandTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Create_IsFromTheUserByDefault_WithTheContentAndMetadata()
    {
        string threadId = await emulator.NewThreadAsync();

        JsonElement message = await emulator.JsonAsync("messages", "create", threadId, "--content", "How does AI work?", "--metadata", "n=1");

        Assert.Equal("thread.message", message.Str("object"));
        Assert.Equal(threadId, message.Str("thread_id"));
        Assert.Equal("user", message.Str("role"));
        Assert.Equal("How does AI work?", message.Text());
        Assert.Equal("1", message.StringMap("metadata")["n"]);
    }

    [Fact]
    public async Task Create_WithRoleAssistant_IsFromTheAssistant()
    {
        string threadId = await emulator.NewThreadAsync();

        JsonElement message = await emulator.JsonAsync("messages", "create", threadId, "--content", "Hello", "--role", "Assistant");

        Assert.Equal("assistant", message.Str("role"));
    }

    [Fact]
    public async Task List_PrintsEveryPage_AsJsonLines_InTheRequestedOrder()
    {
        string threadId = await emulator.NewThreadAsync();
        string[] created = await CreateMessagesAsync(threadId, 3);

        // --limit 1 makes three requests: every page is printed, not only the first.
        CliResult ascending = await emulator.RunAsync("messages", "list", threadId, "--order", "asc", "--limit", "1");
        CliResult byDefault = await emulator.RunAsync("messages", "list", threadId);

        Assert.Equal(created, ascending.JsonLines().Ids());
        Assert.Equal(created.Reverse(), byDefault.JsonLines().Ids());
        Assert.Equal(3, ascending.Stdout.Count(c => c == '\n'));
    }

    [Fact]
    public async Task List_OfAThreadWithNoMessages_PrintsNothing()
    {
        string threadId = await emulator.NewThreadAsync();

        CliResult result = await emulator.RunAsync("messages", "list", threadId);

        Assert.Empty(result.JsonLines());
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task Retrieve_PrintsTheMessage()
    {
        string threadId = await emulator.NewThreadAsync();
        string[] created = await CreateMessagesAsync(threadId, 2);

        JsonElement message = await emulator.JsonAsync("messages", "retrieve", threadId, created[1]);

        Assert.Equal(created[1], message.Str("id"));
        Assert.Equal("Message 2", message.Text());
        Assert.Equal("2", message.StringMap("metadata")["n"]);
    }

    [Fact]
    public async Task Delete_PrintsTheDeletionStatus_AndListNoLongerHasIt()
    {
        string threadId = await emulator.NewThreadAsync();
        string[] created = await CreateMessagesAsync(threadId, 3);

        JsonElement deletion = await emulator.JsonAsync("messages", "delete", threadId, created[1]);

        Assert.Equal(created[1], deletion.Str("id"));
        Assert.Equal("thread.message.deleted", deletion.Str("object"));
        Assert.True(deletion.GetProperty("deleted").GetBoolean());
        CliResult remaining = await emulator.RunAsync("messages", "list", threadId, "--order", "asc");
        Assert.Equal([created[0], created[2]], remaining.JsonLines().Ids());
        string error = (await emulator.RunAsync("messages", "retrieve", threadId, created[1])).ErrorLine(ExitCodes.Failure);
        Assert.StartsWith("error: messages retrieve failed with HTTP 404 (Not Found): ", error, StringComparison.Ordinal);
    }

    private async Task<string[]> CreateMessagesAsync(string threadId, int count)
    {
        var ids = new List<string>();
        for (int n = 1; n <= count; n++)
        {
            JsonElement message = await emulator.JsonAsync("messages", "create", threadId, "--content", $"Message {n}", "--metadata", $"n={n}");
            ids.Add(message.Str("id"));
        }

        return [.. ids];
    }
}
