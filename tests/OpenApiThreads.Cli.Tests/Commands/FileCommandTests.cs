using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Commands;

/// <summary><c>files upload</c>, <c>files list</c>, <c>files retrieve</c>, <c>files delete</c> and <c>files content</c>.</summary>
public sealed class FileCommandTests(EmulatorFixture emulator)
{
    // Spaces and non-ASCII, so the name must survive the multipart header and Content-Disposition on the way back.
    private const string FileName = "rapport été – 日本.bin";

    private static byte[] EveryByteValue(int rounds)
    {
        var bytes = new byte[(256 * rounds) + 3];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 256);
        }

        return bytes;
    }

    [Fact]
    public async Task Upload_Retrieve_Content_Delete_KeepTheBytesAndTheName()
    {
        using var directory = new TempDirectory();
        byte[] bytes = EveryByteValue(rounds: 300);
        string path = directory.Write(FileName, bytes);

        JsonElement uploaded = await emulator.JsonAsync("files", "upload", path, "--purpose", "assistants");
        string fileId = uploaded.Str("id");
        JsonElement retrieved = await emulator.JsonAsync("files", "retrieve", fileId);
        var stdout = new MemoryStream();
        CliResult toStdout = await Cli.RunAsync(emulator.Environment, stdout, stderrIsTerminal: false, "files", "content", fileId);
        string outFile = directory.PathOf("copy.bin");
        CliResult toFile = await Cli.RunAsync(emulator.Environment, Stream.Null, stderrIsTerminal: false, "files", "content", fileId, "-o", outFile);
        string subdirectory = Directory.CreateDirectory(directory.PathOf("downloads")).FullName;
        CliResult toDirectory = await Cli.RunAsync(emulator.Environment, Stream.Null, stderrIsTerminal: false, "files", "content", fileId, "--output", subdirectory);

        Assert.Equal("file", uploaded.Str("object"));
        Assert.StartsWith("file-", fileId, StringComparison.Ordinal);
        Assert.Equal(FileName, uploaded.Str("filename"));
        Assert.Equal(bytes.Length, uploaded.GetProperty("bytes").GetInt64());
        Assert.Equal("assistants", uploaded.Str("purpose"));
        Assert.Equal(uploaded.ToString(), retrieved.ToString());
        Assert.Equal((ExitCodes.Success, string.Empty, string.Empty), (toStdout.ExitCode, toStdout.Stdout, toStdout.Stderr));
        Assert.Equal(bytes, stdout.ToArray());
        Assert.Equal((ExitCodes.Success, string.Empty, string.Empty), (toFile.ExitCode, toFile.Stdout, toFile.Stderr));
        Assert.Equal(bytes, File.ReadAllBytes(outFile));
        Assert.Equal(ExitCodes.Success, toDirectory.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(subdirectory, FileName)));

        JsonElement deletion = await emulator.JsonAsync("files", "delete", fileId);
        Assert.Equal(fileId, deletion.Str("id"));
        Assert.True(deletion.GetProperty("deleted").GetBoolean());
        string retrieveError = (await emulator.RunAsync("files", "retrieve", fileId)).ErrorLine(ExitCodes.Failure);
        Assert.Contains("files retrieve failed with HTTP 404", retrieveError, StringComparison.Ordinal);
        Assert.Contains(fileId, retrieveError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_OfAnUnknownFile_ExitsWith1_AndLeavesNoFileBehind()
    {
        using var directory = new TempDirectory();
        string existing = directory.Write("keep.bin", [1, 2, 3]);
        var stdout = new MemoryStream();

        CliResult toStdout = await Cli.RunAsync(emulator.Environment, stdout, stderrIsTerminal: false, "files", "content", "file-missing");
        CliResult toNewFile = await Cli.RunAsync(emulator.Environment, Stream.Null, stderrIsTerminal: false, "files", "content", "file-missing", "-o", directory.PathOf("new.bin"));
        CliResult overExisting = await Cli.RunAsync(emulator.Environment, Stream.Null, stderrIsTerminal: false, "files", "content", "file-missing", "-o", existing);

        Assert.Contains("files content failed with HTTP 404", toStdout.ErrorLine(ExitCodes.Failure), StringComparison.Ordinal);
        Assert.Empty(stdout.ToArray());
        toNewFile.ErrorLine(ExitCodes.Failure);
        overExisting.ErrorLine(ExitCodes.Failure);
        Assert.Equal(["keep.bin"], Directory.GetFileSystemEntries(directory.FullName).Select(Path.GetFileName));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(existing));
    }

    [Fact]
    public async Task List_PrintsEveryFileOfThePurpose_AsJsonLines_AcrossPages()
    {
        using var directory = new TempDirectory();
        var uploaded = new List<string>();
        for (int i = 1; i <= 3; i++)
        {
            string path = directory.Write($"eval-{i}.jsonl", [(byte)'{', (byte)'}']);
            uploaded.Add((await emulator.JsonAsync("files", "upload", path, "--purpose", "evals")).Str("id"));
        }

        IReadOnlyList<JsonElement> ascending = (await emulator.RunAsync("files", "list", "--purpose", "evals", "--order", "asc", "--limit", "2")).JsonLines();
        IReadOnlyList<JsonElement> byDefault = (await emulator.RunAsync("files", "list", "--purpose", "evals")).JsonLines();
        IReadOnlyList<JsonElement> everything = (await emulator.RunAsync("files", "list")).JsonLines();

        Assert.Equal(uploaded, ascending.Ids());
        Assert.Equal(["eval-1.jsonl", "eval-2.jsonl", "eval-3.jsonl"], ascending.Select(f => f.Str("filename")));
        Assert.Equal(Enumerable.Reverse(uploaded), byDefault.Ids());
        Assert.Subset(everything.Ids().ToHashSet(), uploaded.ToHashSet());
    }

    [Fact]
    public async Task Progress_IsDrawnOnStderr_OnlyWhenItIsATerminal()
    {
        using var directory = new TempDirectory();
        byte[] bytes = EveryByteValue(rounds: 4096);
        string path = directory.Write("progress.bin", bytes);

        CliResult upload = await Cli.RunAsync(emulator.Environment, Stream.Null, stderrIsTerminal: true, "files", "upload", path, "--purpose", "assistants");
        string fileId = JsonDocument.Parse(upload.Stdout).RootElement.Str("id");
        CliResult download = await Cli.RunAsync(emulator.Environment, Stream.Null, stderrIsTerminal: true, "files", "content", fileId, "-o", directory.PathOf("copy.bin"));
        CliResult quiet = await Cli.RunAsync(emulator.Environment, Stream.Null, stderrIsTerminal: false, "files", "content", fileId, "-o", directory.PathOf("quiet.bin"));

        Assert.Equal(ExitCodes.Success, upload.ExitCode);
        Assert.StartsWith("\rupload progress.bin: ", upload.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("1.0 MiB of 1.0 MiB (100%)" + Environment.NewLine, upload.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, download.ExitCode);
        Assert.Equal(string.Empty, download.Stdout);
        Assert.EndsWith("download copy.bin: 1.0 MiB of 1.0 MiB (100%)" + Environment.NewLine, download.Stderr, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(directory.PathOf("copy.bin")));
        Assert.Equal(string.Empty, quiet.Stderr);
    }

    [Fact]
    public async Task A_FileId_InToolResources_MustBeUploaded()
    {
        string fileId = await emulator.NewFileAsync();

        JsonElement thread = await emulator.JsonAsync("create", "--tool-resources", $$$"""{"code_interpreter":{"file_ids":["{{{fileId}}}"]}}""");
        string error = (await emulator.RunAsync("create", "--tool-resources", """{"code_interpreter":{"file_ids":["file-never-uploaded"]}}""")).ErrorLine(ExitCodes.Failure);

        Assert.Equal(fileId, thread.GetProperty("tool_resources").GetProperty("code_interpreter").GetProperty("file_ids")[0].GetString());
        Assert.Contains("HTTP 400", error, StringComparison.Ordinal);
        Assert.Contains("tool_resources.code_interpreter.file_ids[0]", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no file at", "files", "upload", "{dir}/missing.bin", "--purpose", "assistants")]
    [InlineData("is a directory", "files", "upload", "{dir}", "--purpose", "assistants")]
    [InlineData("'files upload' needs --purpose", "files", "upload", "{dir}/present.bin")]
    [InlineData("did you mean 'assistants'", "files", "upload", "{dir}/present.bin", "--purpose", "assistant")]
    [InlineData("does not exist", "files", "content", "file-abc", "-o", "{dir}/no/such/dir/out.bin")]
    [InlineData("'files content' needs FILE_ID", "files", "content")]
    [InlineData("FILE_ID for 'files retrieve' is empty", "files", "retrieve", " ")]
    [InlineData("'files' needs a subcommand: upload, list, retrieve, delete, content", "files")]
    [InlineData("--limit '0' is not a whole number", "files", "list", "--limit", "0")]
    public async Task UsageErrors_ExitWith2_BeforeAnyRequest(string expected, params string[] args)
    {
        using var directory = new TempDirectory();
        directory.Write("present.bin", [1]);
        string[] resolved = args.Select(a => a.Replace("{dir}", directory.FullName, StringComparison.Ordinal)).ToArray();

        // No base URL and no key: a command that got past its argument checks would start a private emulator.
        CliResult result = await Cli.RunAsync(new Dictionary<string, string>(), resolved);

        Assert.Contains(expected, result.ErrorLine(ExitCodes.Usage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentHelp_ShowsTheShortOutputOption()
    {
        CliResult result = await Cli.RunAsync(new Dictionary<string, string>(), "files", "content", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("  -o, --output FILE", result.Stdout, StringComparison.Ordinal);
    }
}
