using System;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiThreads.Emulator.Tests;
using Xunit;

[assembly: AssemblyFixture(typeof(EmulatorFixture))]

namespace OpenApiThreads.Emulator.Tests;

/// <summary>One emulator for the whole run: every test creates its own threads, so they never collide.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private ThreadsEmulator? _emulator;
    private HttpClient? _http;

    public ApiClient Api { get; private set; } = null!;

    public Uri BaseAddress => _emulator!.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        _emulator = await ThreadsEmulator.StartAsync(TestContext.Current.CancellationToken);
        _http = new HttpClient { BaseAddress = _emulator.BaseAddress };
        Api = new ApiClient(_http);
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
