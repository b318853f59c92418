using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenApiThreads.Emulator;

/// <summary>
/// An in-memory emulator of OpenAI's Assistants "Threads" API, listening on a free loopback port.
/// Every instance has its own, empty store.
/// </summary>
public sealed class ThreadsEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private ThreadsEmulator(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>
    /// The address clients should use as their base URL, ending in <c>/v1/</c>,
    /// for example <c>http://127.0.0.1:41234/v1/</c>.
    /// </summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts an emulator on <c>http://127.0.0.1</c> with a port chosen by the operating system.</summary>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static Task<ThreadsEmulator> StartAsync(CancellationToken cancellationToken = default)
        => StartAsync(port: 0, cancellationToken);

    /// <summary>Starts an emulator on <c>http://127.0.0.1:<paramref name="port"/></c>; 0 lets the operating system choose.</summary>
    /// <param name="port">The loopback port to listen on, from 0 to 65535.</param>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<ThreadsEmulator> StartAsync(int port, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        WebApplication app = BuildApplication(port);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string address = app.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new ThreadsEmulator(app, new Uri(address.TrimEnd('/') + "/v1/"));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops Kestrel and releases the port. Calling it again does nothing.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static WebApplication BuildApplication(int port)
    {
        // The emulator is embedded in other processes (a CLI that owns stdout, test hosts), so it must not
        // pick up their appsettings.json or ASPNETCORE_* settings, log anywhere, or take over Ctrl+C.
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, DetachedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        WebApplication app = builder.Build();
        var router = new RequestRouter(new ThreadEndpoints(new ThreadStore(), TimeProvider.System));
        app.Run(router.HandleAsync);
        return app;
    }
}
