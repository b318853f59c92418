using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using OpenApiThreads.Cli.Tests;
using OpenApiThreads.Emulator;
using Xunit;

[assembly: AssemblyFixture(typeof(EmulatorFixture))]

namespace OpenApiThreads.Cli.Tests;

/// <summary>
/// One emulator for the whole run, reached the way a script reaches a server: through OPENAI_BASE_URL and
/// OPENAI_API_KEY. Every test creates its own threads, so tests never see each other's data.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private ThreadsEmulator? _emulator;

    public Uri BaseAddress => _emulator?.BaseAddress ?? throw new InvalidOperationException("The emulator has not started.");

    public IReadOnlyDictionary<string, string> Environment => Cli.Environment(BaseAddress);

    /// <summary>Runs the CLI against this emulator.</summary>
    public Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(Environment, args);

    /// <summary>Runs the CLI, expecting success and one JSON object on stdout.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args) => (await RunAsync(args)).Json();

    /// <summary>Creates a thread with the CLI and returns its ID.</summary>
    public async Task<string> NewThreadAsync(params string[] options)
        => (await JsonAsync(["create", .. options])).GetProperty("id").GetString()!;

    /// <summary>Uploads a small file with the CLI (purpose assistants) and returns its ID, for requests that name one.</summary>
    public async Task<string> NewFileAsync()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("upload.txt", "a,b\n1,2\n"u8.ToArray());
        return (await JsonAsync("files", "upload", path, "--purpose", "assistants")).Str("id");
    }

    public async ValueTask InitializeAsync() => _emulator = await ThreadsEmulator.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
