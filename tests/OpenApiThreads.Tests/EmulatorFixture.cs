using System;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiThreads.Emulator;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>One emulator on a loopback port for a test class, and clients pointed at it.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private ThreadsEmulator? _emulator;

    public HttpClient Http { get; } = new();

    public Uri BaseAddress => _emulator?.BaseAddress ?? throw new InvalidOperationException("The emulator has not started.");

    public ThreadsClient CreateClient(string? apiKey = "test-key")
        => new(Http, new ThreadsClientOptions { BaseAddress = BaseAddress, ApiKey = apiKey });

    public async ValueTask InitializeAsync() => _emulator = await ThreadsEmulator.StartAsync();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
