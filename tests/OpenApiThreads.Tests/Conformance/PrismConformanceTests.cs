using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Conformance;

/// <summary>
/// Every operation of the generated client against Prism serving spec/threads.yaml: requests the client builds
/// must pass Prism's validation, and Prism's example answers must read back as the generated models.
/// </summary>
public sealed class PrismConformanceTests(PrismServer prism) : IClassFixture<PrismServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_thread_passes_validation_and_reads_the_example()
    {
        ThreadObject thread = await prism.CreateClient().CreateThreadAsync(
            new CreateThreadRequest
            {
                Messages = [new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "Hello" }],
                Metadata = new Dictionary<string, string> { ["k"] = "v" },
            },
            Cancel);

        Assert.False(string.IsNullOrEmpty(thread.Id));
        Assert.Equal("thread", thread.Object);
    }

    [Fact]
    public async Task Retrieve_modify_and_delete_pass_validation()
    {
        ThreadsClient client = prism.CreateClient();

        ThreadObject fetched = await client.GetThreadAsync("thread_abc123", Cancel);
        ThreadObject modified = await client.ModifyThreadAsync("thread_abc123", new ModifyThreadRequest { Metadata = new Dictionary<string, string> { ["modified"] = "true" } }, Cancel);
        DeleteThreadResponse deleted = await client.DeleteThreadAsync("thread_abc123", Cancel);

        Assert.False(string.IsNullOrEmpty(fetched.Id));
        Assert.False(string.IsNullOrEmpty(modified.Id));
        Assert.True(deleted.Deleted);
    }

    [Fact]
    public async Task Create_thread_and_run_passes_validation()
    {
        RunObject run = await prism.CreateClient().CreateThreadAndRunAsync(new CreateThreadAndRunRequest { AssistantId = "asst_abc123" }, Cancel);

        Assert.False(string.IsNullOrEmpty(run.Id));
    }

    [Fact]
    public async Task Every_message_operation_passes_validation()
    {
        ThreadsClient client = prism.CreateClient();

        ListMessagesResponse page = await client.ListMessagesAsync("thread_abc123", limit: 20, order: ListOrder.Desc, after: "msg_a", before: "msg_b", runId: "run_abc123", cancellationToken: Cancel);
        var walked = new List<MessageObject>();
        await foreach (MessageObject message in client.ListMessagesAutoPagingAsync("thread_abc123", limit: 2, cancellationToken: Cancel))
        {
            walked.Add(message);
        }

        MessageObject created = await client.CreateMessageAsync("thread_abc123", new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "Hello" }, Cancel);
        MessageObject fetched = await client.GetMessageAsync("thread_abc123", "msg_abc123", Cancel);
        MessageObject modified = await client.ModifyMessageAsync("thread_abc123", "msg_abc123", new ModifyMessageRequest { Metadata = new Dictionary<string, string> { ["k"] = "v" } }, Cancel);
        DeleteMessageResponse deleted = await client.DeleteMessageAsync("thread_abc123", "msg_abc123", Cancel);

        Assert.Equal("list", page.Object);
        Assert.NotEmpty(walked);
        Assert.All([created, fetched, modified], m => Assert.False(string.IsNullOrEmpty(m.Id)));
        Assert.True(deleted.Deleted);
    }

    [Fact]
    public async Task Every_run_and_run_step_operation_passes_validation()
    {
        ThreadsClient client = prism.CreateClient();

        ListRunsResponse runs = await client.ListRunsAsync("thread_abc123", limit: 5, order: ListOrder.Asc, cancellationToken: Cancel);
        RunObject created = await client.CreateRunAsync("thread_abc123", new CreateRunRequest { AssistantId = "asst_abc123" }, include: ["step_details.tool_calls[*].file_search.results[*].content"], cancellationToken: Cancel);
        RunObject fetched = await client.GetRunAsync("thread_abc123", "run_abc123", Cancel);
        RunObject modified = await client.ModifyRunAsync("thread_abc123", "run_abc123", new ModifyRunRequest { Metadata = new Dictionary<string, string> { ["k"] = "v" } }, Cancel);
        RunObject cancelled = await client.CancelRunAsync("thread_abc123", "run_abc123", Cancel);
        RunObject submitted = await client.SubmitToolOutputsToRunAsync("thread_abc123", "run_abc123", new SubmitToolOutputsRunRequest { ToolOutputs = [new ToolOutput { ToolCallId = "call_abc123", Output = "42" }] }, Cancel);
        ListRunStepsResponse steps = await client.ListRunStepsAsync("thread_abc123", "run_abc123", cancellationToken: Cancel);
        RunStepObject step = await client.GetRunStepAsync("thread_abc123", "run_abc123", "step_abc123", cancellationToken: Cancel);

        Assert.Equal("list", runs.Object);
        Assert.All([created, fetched, modified, cancelled, submitted], r => Assert.False(string.IsNullOrEmpty(r.Id)));
        Assert.Equal("list", steps.Object);
        Assert.False(string.IsNullOrEmpty(step.Id));
    }

    [Fact]
    public async Task A_request_that_breaks_the_spec_gets_prisms_422_as_a_typed_exception()
    {
        var request = new CreateThreadRequest
        {
            // A role the spec does not list: the client's extensible enum lets it through, the server must refuse it.
            Messages = [new CreateMessageRequest { Role = new CreateMessageRequestRole("robot"), Content = "Hello" }],
        };

        // Prism answers with the spec's own error shape (the operation's default response) and lists what it
        // found wrong in its sl-violations header.
        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => prism.CreateClient().CreateThreadAsync(request, Cancel));

        Assert.Equal(422, error.StatusCode);
        Assert.Equal("createThread", error.OperationId);
        Assert.True(error.Headers.TryGetValue("sl-violations", out var violations), "Prism names the violation");
        Assert.Contains("role", string.Join(" ", violations), System.StringComparison.Ordinal);
    }
}
