using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Files;

/// <summary>Listing files, one page and every page, from an emulator of this class's own so the counts are exact.</summary>
public sealed class FileListTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_and_auto_paging_give_every_file_in_order_and_purpose_filters()
    {
        ThreadsClient client = emulator.CreateClient();
        var assistants = new List<string>();
        for (int i = 1; i <= 5; i++)
        {
            assistants.Add((await UploadAsync(client, "a" + i + ".txt", CreateFileRequestPurpose.Assistants)).Id);
        }

        string vision = (await UploadAsync(client, "image.png", CreateFileRequestPurpose.Vision)).Id;

        ListFilesResponse firstPage = await client.ListFilesAsync(limit: 2, order: ListOrder.Asc, cancellationToken: Cancel);
        ListFilesResponse secondPage = await client.ListFilesAsync(limit: 2, order: ListOrder.Asc, after: firstPage.LastId, cancellationToken: Cancel);
        var walked = new List<string>();
        await foreach (OpenAIFile file in client.ListFilesAutoPagingAsync(limit: 2, order: ListOrder.Asc, cancellationToken: Cancel))
        {
            walked.Add(file.Id);
        }

        var newestFirst = new List<string>();
        await foreach (OpenAIFile file in client.ListFilesAutoPagingAsync(purpose: "assistants", limit: 4, cancellationToken: Cancel))
        {
            newestFirst.Add(file.Id);
        }

        ListFilesResponse visionOnly = await client.ListFilesAsync(purpose: "vision", cancellationToken: Cancel);

        Assert.Equal("list", firstPage.Object);
        Assert.True(firstPage.HasMore);
        Assert.Equal(assistants.Take(2), firstPage.Data.Select(f => f.Id));
        Assert.Equal(assistants[0], firstPage.FirstId);
        Assert.Equal(assistants[1], firstPage.LastId);
        Assert.Equal(assistants.Skip(2).Take(2), secondPage.Data.Select(f => f.Id));
        Assert.Equal([.. assistants, vision], walked);
        Assert.Equal(Enumerable.Reverse(assistants), newestFirst);
        Assert.Equal([vision], visionOnly.Data.Select(f => f.Id));
        Assert.False(visionOnly.HasMore);
        Assert.Equal("image.png", visionOnly.Data.Single().Filename);
    }

    [Fact]
    public async Task A_purpose_with_no_files_lists_nothing()
    {
        ThreadsClient client = emulator.CreateClient();

        ListFilesResponse page = await client.ListFilesAsync(purpose: "evals", cancellationToken: Cancel);
        var walked = new List<OpenAIFile>();
        await foreach (OpenAIFile file in client.ListFilesAutoPagingAsync(purpose: "evals", cancellationToken: Cancel))
        {
            walked.Add(file);
        }

        Assert.Empty(page.Data);
        Assert.False(page.HasMore);
        Assert.Empty(walked);
    }

    private static Task<OpenAIFile> UploadAsync(ThreadsClient client, string name, CreateFileRequestPurpose purpose)
        => client.CreateFileAsync(new CreateFileRequest { File = new FileUpload("content of "u8.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(name)).ToArray(), name), Purpose = purpose }, cancellationToken: Cancel);
}
