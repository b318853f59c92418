using System;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

/// <summary>An emulator of a test's own, for assertions about a whole store (a list, a limit) that others must not touch.</summary>
public sealed class PrivateEmulator : IAsyncDisposable
{
    private readonly HttpClient _http;

    private PrivateEmulator(ThreadsEmulator emulator)
    {
        Emulator = emulator;
        _http = new HttpClient { BaseAddress = emulator.BaseAddress };
        Api = new ApiClient(_http);
    }

    public ThreadsEmulator Emulator { get; }

    public ApiClient Api { get; }

    public static async Task<PrivateEmulator> StartAsync() =>
        new(await ThreadsEmulator.StartAsync(TestContext.Current.CancellationToken));

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Emulator.DisposeAsync();
    }
}
