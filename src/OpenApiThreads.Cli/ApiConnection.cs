using System;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiThreads;

namespace OpenApiThreads.Cli;

/// <summary>A client and everything it depends on, released together when the command is done.</summary>
internal sealed class ApiConnection : IAsyncDisposable
{
    private readonly HttpClient _httpClient;

    // The in-process emulator, when there is one. Typed as IAsyncDisposable so that this class, which every command
    // reaches, does not reach ThreadsEmulator's code: a build without the emulator must not compile its shutdown.
    private readonly IAsyncDisposable? _server;

    public ApiConnection(ThreadsClient client, HttpClient httpClient, Uri baseAddress, IAsyncDisposable? server)
    {
        Client = client;
        _httpClient = httpClient;
        BaseAddress = baseAddress;
        _server = server;
    }

    public ThreadsClient Client { get; }

    /// <summary>Where requests go, for error messages.</summary>
    public Uri BaseAddress { get; }

    public async ValueTask DisposeAsync()
    {
        _httpClient.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
