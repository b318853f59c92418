using System;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Emulator;

namespace OpenApiThreads.Cli;

/// <summary>A client and everything it depends on, released together when the command is done.</summary>
internal sealed class ApiConnection : IAsyncDisposable
{
    private readonly HttpClient _httpClient;
    private readonly ThreadsEmulator? _emulator;

    public ApiConnection(ThreadsClient client, HttpClient httpClient, Uri baseAddress, ThreadsEmulator? emulator)
    {
        Client = client;
        _httpClient = httpClient;
        BaseAddress = baseAddress;
        _emulator = emulator;
    }

    public ThreadsClient Client { get; }

    /// <summary>Where requests go, for error messages.</summary>
    public Uri BaseAddress { get; }

    public async ValueTask DisposeAsync()
    {
        _httpClient.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
