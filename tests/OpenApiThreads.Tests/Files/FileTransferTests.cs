using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Files;

/// <summary>
/// The Files API end to end over loopback: the generated multipart upload, read by the emulator with ASP.NET Core's
/// multipart reader, and the streamed download, compared byte for byte.
/// </summary>
public sealed class FileTransferTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    // Non-ASCII and spaces, so the name must travel as filename* (RFC 5987) both ways.
    private const string NonAsciiName = "résumé – 日本語 ☃.bin";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bytes_of_every_value_with_a_non_ASCII_name_upload_retrieve_download_and_delete()
    {
        ThreadsClient client = emulator.CreateClient();
        byte[] bytes = TestBytes.EveryValue(rounds: 64);

        OpenAIFile uploaded = await client.CreateFileAsync(Request(new FileUpload(bytes, NonAsciiName, "application/x-test")), cancellationToken: Cancel);
        OpenAIFile retrieved = await client.RetrieveFileAsync(uploaded.Id, Cancel);

        Assert.StartsWith("file-", uploaded.Id, StringComparison.Ordinal);
        Assert.Equal(bytes.Length, uploaded.Bytes);
        Assert.Equal(NonAsciiName, uploaded.Filename);
        Assert.Equal(OpenAIFilePurpose.Assistants, uploaded.Purpose);
        Assert.Null(uploaded.ExpiresAt);
        Assert.Equal(uploaded.Id, retrieved.Id);
        Assert.Equal(NonAsciiName, retrieved.Filename);
        Assert.Equal(bytes.Length, retrieved.Bytes);

        await using (FileDownload download = await client.DownloadFileAsync(uploaded.Id, Cancel))
        {
            Assert.Equal(200, download.StatusCode);
            Assert.Equal("application/octet-stream", download.ContentType);
            Assert.Equal(bytes.Length, download.ContentLength);
            Assert.Equal(NonAsciiName, download.FileName);
            Assert.Equal(bytes, await TestBytes.ReadAllAsync(download.Content, Cancel));
        }

        DeleteFileResponse deleted = await client.DeleteFileAsync(uploaded.Id, Cancel);
        Assert.Equal(uploaded.Id, deleted.Id);
        Assert.True(deleted.Deleted);

        var retrieveGone = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.RetrieveFileAsync(uploaded.Id, Cancel));
        var downloadGone = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.DownloadFileAsync(uploaded.Id, Cancel));
        var deleteGone = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.DeleteFileAsync(uploaded.Id, Cancel));
        Assert.Equal(404, retrieveGone.StatusCode);
        Assert.Equal("retrieveFile", retrieveGone.OperationId);
        Assert.Contains(uploaded.Id, retrieveGone.Error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(404, downloadGone.StatusCode);
        Assert.Equal("downloadFile", downloadGone.OperationId);
        Assert.Equal(404, deleteGone.StatusCode);
    }

    [Fact]
    public async Task A_forward_only_stream_is_sent_whole_and_comes_back_identical()
    {
        ThreadsClient client = emulator.CreateClient();
        byte[] bytes = TestBytes.EveryValue(rounds: 1024);
        var progress = new RecordingProgress();

        OpenAIFile uploaded;
        using (var source = new ForwardOnlyStream(new MemoryStream(bytes)))
        {
            uploaded = await client.CreateFileAsync(Request(new FileUpload(source, "stream.bin")), progress, Cancel);
        }

        Assert.Equal(bytes.Length, uploaded.Bytes);
        Assert.Equal("stream.bin", uploaded.Filename);
        Assert.Equal(bytes, await DownloadAsync(client, uploaded.Id));
        // The length is unknown up front (chunked), so the total is only known to exceed the file's bytes: the
        // multipart boundaries and part headers come on top.
        IReadOnlyList<long> reports = progress.Reports;
        Assert.NotEmpty(reports);
        Assert.True(reports[^1] > bytes.Length, $"last report {reports[^1]}, file {bytes.Length} bytes");
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public async Task A_file_from_disk_is_named_as_on_disk_sent_identical_and_closed_afterwards()
    {
        ThreadsClient client = emulator.CreateClient();
        byte[] bytes = TestBytes.EveryValue(rounds: 4096);
        string directory = Directory.CreateTempSubdirectory("openapithreads-files-").FullName;
        string path = Path.Combine(directory, "données du rapport.csv");
        await File.WriteAllBytesAsync(path, bytes, Cancel);
        try
        {
            OpenAIFile uploaded = await client.CreateFileAsync(Request(FileUpload.FromFile(path, "text/csv")), cancellationToken: Cancel);

            Assert.Equal("données du rapport.csv", uploaded.Filename);
            Assert.Equal(bytes.Length, uploaded.Bytes);
            Assert.Equal(bytes, await DownloadAsync(client, uploaded.Id));
            // FromFile opened the file with FileShare.Read; an exclusive open succeeds only once it was closed.
            using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Upload_progress_rises_to_the_whole_request_body()
    {
        var lengths = new RequestLengthHandler(new SocketsHttpHandler { UseProxy = false });
        using var http = new HttpClient(lengths);
        var client = new ThreadsClient(http, new ThreadsClientOptions { BaseAddress = emulator.BaseAddress, ApiKey = "test-key" });
        byte[] bytes = TestBytes.EveryValue(rounds: 2048);
        var progress = new RecordingProgress();

        OpenAIFile uploaded = await client.CreateFileAsync(Request(new FileUpload(bytes, "progress.bin")), progress, Cancel);

        long sent = Assert.Single(lengths.ContentLengths) ?? throw new Xunit.Sdk.XunitException("the multipart body of bytes should have a Content-Length");
        IReadOnlyList<long> reports = progress.Reports;
        Assert.Equal(bytes.Length, uploaded.Bytes);
        Assert.True(sent > bytes.Length, $"request body {sent} bytes, file {bytes.Length}");
        Assert.Equal(sent, reports[^1]);
        Assert.Equal(reports.Order(), reports);
        Assert.All(reports, report => Assert.InRange(report, 1, sent));
    }

    [Fact]
    public async Task Download_copy_reports_progress_up_to_the_file_length()
    {
        ThreadsClient client = emulator.CreateClient();
        byte[] bytes = TestBytes.EveryValue(rounds: 2048);
        OpenAIFile uploaded = await client.CreateFileAsync(Request(new FileUpload(bytes, "copy.bin")), cancellationToken: Cancel);
        var progress = new RecordingProgress();
        using var copy = new MemoryStream();

        await using (FileDownload download = await client.DownloadFileAsync(uploaded.Id, Cancel))
        {
            await download.CopyToAsync(copy, progress, Cancel);
        }

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(bytes.Length, progress.Reports[^1]);
        Assert.Equal(progress.Reports.Order(), progress.Reports);
    }

    [Fact]
    public async Task An_expiry_is_sent_as_bracketed_fields_and_read_back()
    {
        ThreadsClient client = emulator.CreateClient();
        CreateFileRequest request = Request(new FileUpload([1, 2, 3], "expiring.txt", "text/plain"));
        request.Purpose = CreateFileRequestPurpose.UserData;
        request.ExpiresAfter = new FileExpirationAfter { Seconds = 7200 };

        OpenAIFile uploaded = await client.CreateFileAsync(request, cancellationToken: Cancel);

        Assert.Equal(OpenAIFilePurpose.UserData, uploaded.Purpose);
        Assert.Equal(uploaded.CreatedAt + 7200, uploaded.ExpiresAt);
        Assert.Equal(uploaded.ExpiresAt, (await client.RetrieveFileAsync(uploaded.Id, Cancel)).ExpiresAt);
    }

    [Fact]
    public async Task An_unknown_purpose_is_the_typed_exception_naming_the_field()
    {
        ThreadsClient client = emulator.CreateClient();
        CreateFileRequest request = Request(new FileUpload([1], "x.bin"));
        request.Purpose = new CreateFileRequestPurpose("not-a-purpose");

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => client.CreateFileAsync(request, cancellationToken: Cancel));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("createFile", error.OperationId);
        Assert.Equal("purpose", error.Error.Error.Param);
    }

    private static CreateFileRequest Request(FileUpload file) => new() { File = file, Purpose = CreateFileRequestPurpose.Assistants };

    private static async Task<byte[]> DownloadAsync(ThreadsClient client, string fileId)
    {
        await using FileDownload download = await client.DownloadFileAsync(fileId, Cancel);
        return await TestBytes.ReadAllAsync(download.Content, Cancel);
    }

    /// <summary>Notes the Content-Length of each request body as it is sent.</summary>
    private sealed class RequestLengthHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<long?> ContentLengths { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ContentLengths.Add(request.Content?.Headers.ContentLength);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
