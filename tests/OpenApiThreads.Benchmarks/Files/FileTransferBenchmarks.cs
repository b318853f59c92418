using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace OpenApiThreads.Benchmarks.Files;

/// <summary>
/// A 200 MB upload (<c>CreateFileAsync</c> with <c>FileUpload.FromFile</c>, multipart) to a loopback server that
/// discards the body, and a 200 MB download (<c>DownloadFileAsync</c>, <c>CopyToAsync</c>) into a null stream, both
/// through the generated client. The column that matters is Peak WS growth: how far one transfer raises the process's
/// resident set (target: under 50 MB for the upload), which shows whether the body is streamed or buffered. A
/// control row buffers the download in memory, so the column is seen to catch a body held whole.
/// </summary>
[Config(typeof(Columns))]
public class FileTransferBenchmarks
{
    private const long FileBytes = 200L * 1024 * 1024;

    private LoopbackFileServer _server = null!;
    private ThreadsClient _client = null!;
    private HttpClient _http = null!;
    private string _directory = null!;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackFileServer(FileBytes);
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromMinutes(5) };
        _client = new ThreadsClient(_http, new ThreadsClientOptions { BaseAddress = _server.BaseAddress, ApiKey = "sk-benchmark", MaxRetries = 0 });
        _directory = Directory.CreateTempSubdirectory("openapithreads-bench-").FullName;
        _path = Path.Combine(_directory, "upload.bin");
        WriteFile(_path, FileBytes);

        // Both transfers must move every byte, or the measurement is void.
        long uploaded = Upload();
        long downloaded = Download();
        Console.WriteLine($"// file {FileBytes} B; upload body {uploaded} B, download {downloaded} B");
        if (uploaded <= FileBytes || downloaded != FileBytes)
        {
            throw new InvalidOperationException("a transfer did not move the whole file");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// peak working-set growth: upload {PeakWorkingSet.LargestGrowth(nameof(Upload200MB))} B, download {PeakWorkingSet.LargestGrowth(nameof(Download200MB))} B, buffered download {PeakWorkingSet.LargestGrowth(nameof(Download200MBBuffered))} B");
        _http.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "upload 200 MB (multipart, from disk)")]
    public long Upload200MB() => PeakWorkingSet.Measure(nameof(Upload200MB), Upload);

    [Benchmark(Description = "download 200 MB (to Stream.Null)")]
    public long Download200MB() => PeakWorkingSet.Measure(nameof(Download200MB), Download);

    /// <summary>The control: the same download held in memory, to show that the column sees a buffered body.</summary>
    [Benchmark(Description = "control: download 200 MB into a MemoryStream")]
    public long Download200MBBuffered() => PeakWorkingSet.Measure(nameof(Download200MBBuffered), DownloadBuffered);

    private long Upload()
    {
        var request = new CreateFileRequest { File = FileUpload.FromFile(_path), Purpose = CreateFileRequestPurpose.Assistants };
        _client.CreateFileAsync(request).GetAwaiter().GetResult();
        return _server.LastUploadBytes;
    }

    private long Download() => DownloadAsync().GetAwaiter().GetResult();

    private async Task<long> DownloadAsync()
    {
        await using FileDownload download = await _client.DownloadFileAsync("file-bench");
        var counter = new CountingNullStream();
        await download.CopyToAsync(counter);
        return counter.Written;
    }

    private long DownloadBuffered()
    {
        using FileDownload download = _client.DownloadFileAsync("file-bench").GetAwaiter().GetResult();
        using var memory = new MemoryStream();
        download.CopyToAsync(memory).GetAwaiter().GetResult();
        return memory.Length;
    }

    // Written in 1 MiB blocks of a repeating pattern: the file must not start in memory.
    private static void WriteFile(string path, long bytes)
    {
        byte[] block = new byte[1024 * 1024];
        for (int i = 0; i < block.Length; i++)
        {
            block[i] = (byte)i;
        }

        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        for (long left = bytes; left > 0; left -= block.Length)
        {
            file.Write(block, 0, (int)Math.Min(block.Length, left));
        }
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new PeakWorkingSetColumn());
    }

    /// <summary>Stream.Null that counts what it is given.</summary>
    private sealed class CountingNullStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position
        {
            get => Written;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
