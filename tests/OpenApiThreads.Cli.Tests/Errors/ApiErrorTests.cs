using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Errors;

/// <summary>The API refusing a request, or not answering at all: exit code 1 and one "error: ..." line.</summary>
public sealed class ApiErrorTests(EmulatorFixture emulator)
{
    public static TheoryData<string[], string> UnknownIds => new()
    {
        { ["retrieve", "thread_missing"], "No thread found with id 'thread_missing'." },
        { ["update", "thread_missing", "--metadata", "a=b"], "No thread found with id 'thread_missing'." },
        { ["delete", "thread_missing"], "No thread found with id 'thread_missing'." },
        { ["messages", "list", "thread_missing"], "No thread found with id 'thread_missing'." },
        { ["messages", "create", "thread_missing", "--content", "Hi"], "No thread found with id 'thread_missing'." },
        { ["runs", "create", "thread_missing", "--assistant-id", "asst_abc123", "--stream"], "No thread found with id 'thread_missing'." },
        { ["runs", "list", "thread_missing"], "No thread found with id 'thread_missing'." },
    };

    [Theory]
    [MemberData(nameof(UnknownIds))]
    public async Task UnknownThread_Is404_OnOneLine_WithTheServersMessageAndRequestId(string[] args, string message)
    {
        string line = (await emulator.RunAsync(args)).ErrorLine(ExitCodes.Failure);

        string command = args[0] is "messages" or "runs" ? args[0] + " " + args[1] : args[0];
        Assert.Matches(
            "^" + Regex.Escape($"error: {command} failed with HTTP 404 (Not Found): {message} (request id ") + @"[^\s)]+\)$",
            line);
    }

    [Theory]
    [InlineData("messages", "retrieve", "No message found with id 'msg_missing'.")]
    [InlineData("messages", "delete", "No message found with id 'msg_missing'.")]
    [InlineData("runs", "retrieve", "No run found with id 'msg_missing'.")]
    [InlineData("runs", "cancel", "No run found with id 'msg_missing'.")]
    public async Task UnknownItemOnAThread_Is404(string group, string subcommand, string message)
    {
        string threadId = await emulator.NewThreadAsync();

        string line = (await emulator.RunAsync(group, subcommand, threadId, "msg_missing")).ErrorLine(ExitCodes.Failure);

        Assert.StartsWith($"error: {group} {subcommand} failed with HTTP 404 (Not Found): {message}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingAFinishedRun_Is400_WithTheServersReason()
    {
        string threadId = await emulator.NewThreadAsync("--message", "user:Hi");
        string runId = (await emulator.JsonAsync("runs", "create", threadId, "--assistant-id", "asst_abc123")).Str("id");
        await emulator.JsonAsync("runs", "cancel", threadId, runId);
        await emulator.JsonAsync("runs", "retrieve", threadId, runId);

        string line = (await emulator.RunAsync("runs", "cancel", threadId, runId)).ErrorLine(ExitCodes.Failure);

        Assert.StartsWith("error: runs cancel failed with HTTP 400 (Bad Request): Cannot cancel run with status 'cancelled'.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedPort_IsANetworkError_NamingTheAddress_ButNotItsCredentials()
    {
        int port = UnusedLoopbackPort();
        var environment = new Dictionary<string, string> { ["OPENAI_API_KEY"] = Cli.ApiKey };

        CliResult result = await Cli.RunAsync(environment, "--base-url", $"http://scripts:hunter2@127.0.0.1:{port}/v1/", "retrieve", "thread_abc");

        string line = result.ErrorLine(ExitCodes.Failure);
        Assert.StartsWith($"error: retrieve failed: could not reach http://127.0.0.1:{port}/v1/: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
    }

    // A port that was free a moment ago; nothing in this test process listens on it afterwards.
    private static int UnusedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
