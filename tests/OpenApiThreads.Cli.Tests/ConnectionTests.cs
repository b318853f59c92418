using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests;

/// <summary>Where requests go: --base-url, else OPENAI_BASE_URL, else a built-in emulator for the one command.</summary>
public sealed class ConnectionTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task NoBaseUrl_StartsTheBuiltInEmulator_AndSaysSoOnStderr()
    {
        CliResult result = await Cli.RunAsync(new Dictionary<string, string>(), "create", "--metadata", "user=abc123");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string note = Assert.Single(CliResult.Lines(result.Stderr));
        Assert.Matches(@"^note: no --base-url or OPENAI_BASE_URL; using the built-in emulator at http://127\.0\.0\.1:\d+/v1/ ", note);
        using JsonDocument thread = JsonDocument.Parse(result.Stdout);
        Assert.Equal("abc123", thread.RootElement.StringMap("metadata")["user"]);
    }

    [Fact]
    public async Task BaseUrlOption_WinsOverTheVariable()
    {
        // The variable points at nothing; were it used, the command would fail to connect.
        var environment = new Dictionary<string, string>(Cli.Environment(new Uri("http://127.0.0.1:1/v1/")));
        string threadId = await emulator.NewThreadAsync();

        CliResult spaced = await Cli.RunAsync(environment, "--base-url", emulator.BaseAddress.AbsoluteUri, "retrieve", threadId);
        CliResult inline = await Cli.RunAsync(environment, "retrieve", threadId, $"--base-url={emulator.BaseAddress.AbsoluteUri}");

        Assert.Equal(threadId, spaced.Json().Str("id"));
        Assert.Equal(threadId, inline.Json().Str("id"));
    }
}
