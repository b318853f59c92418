using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Files;

/// <summary>File ids in requests must name uploaded files: a message attachment, a thread's tool resources.</summary>
public sealed class FileReferenceTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_attachment_of_an_uploaded_file_is_kept_on_the_message()
    {
        ThreadsClient client = emulator.CreateClient();
        OpenAIFile file = await client.CreateFileAsync(new CreateFileRequest { File = new FileUpload("a,b\n1,2\n"u8.ToArray(), "data.csv", "text/csv"), Purpose = CreateFileRequestPurpose.Assistants }, cancellationToken: Cancel);
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: Cancel);

        MessageObject message = await client.CreateMessageAsync(thread.Id, MessageWith(file.Id), Cancel);

        MessageAttachment attachment = Assert.Single(message.Attachments!);
        Assert.Equal(file.Id, attachment.FileId);
        Assert.True(Assert.Single(attachment.Tools!).IsCodeInterpreter);
    }

    [Fact]
    public async Task An_attachment_of_an_unknown_file_is_the_typed_exception_naming_the_param()
    {
        ThreadsClient client = emulator.CreateClient();
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: Cancel);

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.CreateMessageAsync(thread.Id, MessageWith("file-never-uploaded"), Cancel));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("createMessage", error.OperationId);
        Assert.Equal("attachments[0].file_id", error.Error.Error.Param);
        Assert.Contains("file-never-uploaded", error.Error.Error.Message, System.StringComparison.Ordinal);
        Assert.Empty((await client.ListMessagesAsync(thread.Id, cancellationToken: Cancel)).Data);
    }

    [Fact]
    public async Task A_deleted_file_can_no_longer_be_attached()
    {
        ThreadsClient client = emulator.CreateClient();
        OpenAIFile file = await client.CreateFileAsync(new CreateFileRequest { File = new FileUpload([42], "once.bin"), Purpose = CreateFileRequestPurpose.Assistants }, cancellationToken: Cancel);
        ThreadObject thread = await client.CreateThreadAsync(cancellationToken: Cancel);
        await client.DeleteFileAsync(file.Id, Cancel);

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.CreateMessageAsync(thread.Id, MessageWith(file.Id), Cancel));

        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Tool_resources_check_file_ids_and_not_vector_store_ids()
    {
        ThreadsClient client = emulator.CreateClient();
        OpenAIFile file = await client.CreateFileAsync(new CreateFileRequest { File = new FileUpload([1, 2], "tool.bin"), Purpose = CreateFileRequestPurpose.Assistants }, cancellationToken: Cancel);

        ThreadObject thread = await client.CreateThreadAsync(new CreateThreadRequest
        {
            ToolResources = new ToolResources
            {
                CodeInterpreter = new ToolResourcesCodeInterpreter { FileIds = [file.Id] },
                FileSearch = new ToolResourcesFileSearch { VectorStoreIds = ["vs_not_checked"] },
            },
        }, Cancel);
        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.CreateThreadAsync(new CreateThreadRequest
        {
            ToolResources = new ToolResources { CodeInterpreter = new ToolResourcesCodeInterpreter { FileIds = [file.Id, "file-missing"] } },
        }, Cancel));

        Assert.Equal([file.Id], thread.ToolResources!.CodeInterpreter!.FileIds!);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("tool_resources.code_interpreter.file_ids[1]", error.Error.Error.Param);
    }

    private static CreateMessageRequest MessageWith(string fileId) => new()
    {
        Role = CreateMessageRequestRole.User,
        Content = "Summarise the attached file.",
        Attachments = [new MessageAttachment { FileId = fileId, Tools = [new AssistantToolCodeInterpreter()] }],
    };
}
