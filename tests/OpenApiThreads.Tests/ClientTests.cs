using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>Every operation of the generated client over real HTTP against the emulator on loopback.</summary>
public sealed class ClientTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_thread_goes_through_create_retrieve_modify_delete()
    {
        ThreadsClient client = emulator.CreateClient();

        ThreadObject created = await client.CreateThreadAsync(
            new CreateThreadRequest
            {
                Messages = [new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "Explain quantum computing in simple terms." }],
                Metadata = new Dictionary<string, string> { ["user"] = "abc123" },
            },
            Cancel);
        Assert.Matches("^thread_[A-Za-z0-9]{24}$", created.Id);
        Assert.Equal("abc123", created.Metadata!["user"]);
        Assert.InRange(created.CreatedAt, 1_700_000_000, long.MaxValue);

        ThreadObject fetched = await client.GetThreadAsync(created.Id, Cancel);
        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(created.CreatedAt, fetched.CreatedAt);

        ThreadObject modified = await client.ModifyThreadAsync(created.Id, new ModifyThreadRequest { Metadata = new Dictionary<string, string> { ["modified"] = "true" } }, Cancel);
        Assert.Equal("true", modified.Metadata!["modified"]);
        Assert.False(modified.Metadata.ContainsKey("user"));

        DeleteThreadResponse deleted = await client.DeleteThreadAsync(created.Id, Cancel);
        Assert.True(deleted.Deleted);
        Assert.Equal(created.Id, deleted.Id);

        var gone = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.GetThreadAsync(created.Id, Cancel));
        Assert.Equal(404, gone.StatusCode);
        Assert.Equal("getThread", gone.OperationId);
        Assert.Equal("Not Found", gone.ReasonPhrase);
        Assert.Equal(gone.Error.Error.Message, gone.ServerMessage);
        Assert.False(gone.IsMalformedResponse);
        Assert.Contains(created.Id, gone.Error.Error.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("req_", gone.RequestId, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_without_a_body_gives_an_empty_thread()
    {
        ThreadObject thread = await emulator.CreateClient().CreateThreadAsync(cancellationToken: Cancel);

        Assert.Empty(thread.Metadata!);
    }

    [Fact]
    public async Task Content_parts_reach_the_server_as_a_valid_message()
    {
        var content = new CreateMessageRequestContent(new List<MessageContentPart>
        {
            new MessageContentText { Text = "What is in this image?" },
            new MessageContentImageUrl { ImageUrl = new MessageContentImageUrlImageUrl { Url = "https://example.com/cat.png" } },
        });
        ThreadObject thread = await emulator.CreateClient().CreateThreadAsync(
            new CreateThreadRequest { Messages = [new CreateMessageRequest { Role = "user", Content = content }] },
            Cancel);

        Assert.StartsWith("thread_", thread.Id, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_and_run_returns_a_queued_run_on_a_new_thread()
    {
        ThreadsClient client = emulator.CreateClient();

        RunObject run = await client.CreateThreadAndRunAsync(
            new CreateThreadAndRunRequest
            {
                AssistantId = "asst_abc123",
                Thread = new CreateThreadRequest { Messages = [new CreateMessageRequest { Role = "user", Content = "Hi" }] },
                Instructions = "Be brief.",
                ToolChoice = new ToolChoiceOption(ToolChoiceOptionEnum.Auto),
            },
            Cancel);

        Assert.Equal(RunObjectStatus.Queued, run.Status);
        Assert.Equal("asst_abc123", run.AssistantId);
        Assert.Equal("Be brief.", run.Instructions);
        Assert.True(run.ToolChoice!.IsEnum);
        ThreadObject thread = await client.GetThreadAsync(run.ThreadId, Cancel);
        Assert.Equal(run.ThreadId, thread.Id);
    }

    [Fact]
    public async Task Broken_metadata_limits_are_a_400_with_the_parsed_error()
    {
        var tooMany = Enumerable.Range(0, 17).ToDictionary(i => "k" + i, i => "v");

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() =>
            emulator.CreateClient().CreateThreadAsync(new CreateThreadRequest { Metadata = tooMany }, Cancel));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("metadata", error.Error.Error.Param);
        Assert.Equal("invalid_request_error", error.Error.Error.Type);
        Assert.Contains("createThread failed with HTTP 400", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("\"error\"", error.ResponseBody, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_api_key_is_a_401()
    {
        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => emulator.CreateClient(apiKey: null).GetThreadAsync("thread_x", Cancel));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("invalid_api_key", error.Error.Error.Code);
    }

    [Fact]
    public async Task The_api_key_appears_in_no_exception_text()
    {
        const string Key = "sk-very-secret-key-123";
        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => emulator.CreateClient(Key).GetThreadAsync("thread_missing", Cancel));

        Assert.DoesNotContain(Key, error.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain(Key, new ThreadsClientOptions { ApiKey = Key }.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_parameter_cannot_leave_its_segment()
    {
        // Unescaped, "../threads" would climb to another route and "x?y" would start a query string.
        foreach (string id in new[] { "../threads", "x/../../threads", "x?y=1", "x#frag", "%2E%2E" })
        {
            var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => emulator.CreateClient().GetThreadAsync(id, Cancel));
            Assert.Equal(404, error.StatusCode);
            Assert.Contains("No thread found", error.Error.Error.Message, System.StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_dot_segment_path_parameter_is_refused_before_sending(string id)
    {
        var error = await Assert.ThrowsAsync<System.ArgumentException>(() => emulator.CreateClient().GetThreadAsync(id, Cancel));

        Assert.Contains("cannot be '" + id + "'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_call()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => emulator.CreateClient().CreateThreadAsync(cancellationToken: source.Token));
    }
}
