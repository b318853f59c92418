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
/// An in-memory emulator of OpenAI's Assistants "Threads" API (threads, messages, runs and run steps) and of the
/// Files API that their attachments and tool resources point to, listening on a free loopback port. Every instance
/// has its own, empty store; uploaded files' bytes are kept in a private temporary directory until it is disposed.
/// </summary>
/// <remarks>
/// Runs are deterministic and move only when retrieved: each <c>GET …/runs/{run_id}</c> advances a run one state,
/// queued → in_progress → completed. A run whose request has a <c>function</c> tool goes in_progress →
/// requires_action instead and waits for <c>submit_tool_outputs</c>, which moves it to in_progress; the next
/// retrieve completes it. Cancelling moves a queued, in-progress or waiting run to cancelling, and the next
/// retrieve to cancelled. A completed run adds an assistant message (<see cref="ReplyText"/>) and a
/// <c>message_creation</c> run step. With <c>stream: true</c> a run is driven until it completes or waits for
/// tool outputs, and its events are sent as server-sent events ending with <c>data: [DONE]</c>.
/// File ids in message attachments, image parts and code interpreter or new vector store resources must name
/// uploaded files; vector store ids are not checked, as the emulator has no vector stores.
/// </remarks>
public sealed class ThreadsEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorSettings _settings;
    private readonly FileStore _files;
    private int _disposed;

    private ThreadsEmulator(WebApplication app, EmulatorSettings settings, FileStore files, Uri baseAddress)
    {
        _app = app;
        _settings = settings;
        _files = files;
        BaseAddress = baseAddress;
    }

    /// <summary>
    /// The address clients should use as their base URL, ending in <c>/v1/</c>,
    /// for example <c>http://127.0.0.1:41234/v1/</c>.
    /// </summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// How long a streamed response waits before each event after the first (the final <c>done</c> event
    /// included). Zero, the default, sends events as fast as the connection takes them; a few milliseconds give
    /// a test time to cancel in the middle of a stream. Takes effect for streams that start after it is set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan StreamEventDelay
    {
        get => _settings.StreamEventDelay;
        set => _settings.StreamEventDelay = value;
    }

    /// <summary>
    /// How many <c>thread.message.delta</c> events carry the assistant's reply when a run completes in a stream
    /// (4 by default). The reply, <see cref="ReplyText"/>, is cut into this many pieces of near-equal length; when it
    /// is shorter than the count, the last pieces are empty. A completed run also reports this number as its
    /// completion tokens, streamed or not.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int StreamDeltaCount
    {
        get => _settings.StreamDeltaCount;
        set => _settings.StreamDeltaCount = value;
    }

    /// <summary>The text of the assistant message every completed run adds to its thread.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public string ReplyText
    {
        get => _settings.ReplyText;
        set => _settings.ReplyText = value;
    }

    /// <summary>
    /// The largest file <c>POST /files</c> accepts, in bytes: 512 MB by default, OpenAI's own limit. A larger file
    /// gets 413. Takes effect for uploads that start after it is set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or more than half of <see cref="long.MaxValue"/>.</exception>
    public long MaxFileBytes
    {
        get => _settings.MaxFileBytes;
        set => _settings.MaxFileBytes = value;
    }

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
        var settings = new EmulatorSettings();
        var files = new FileStore();
        WebApplication app = BuildApplication(port, settings, files);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string address = app.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new ThreadsEmulator(app, settings, files, new Uri(address.TrimEnd('/') + "/v1/"));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            files.Dispose();
            throw;
        }
    }

    /// <summary>Stops Kestrel, releases the port and deletes the uploaded files. Calling it again does nothing.</summary>
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
            _files.Dispose();
        }
    }

    private static WebApplication BuildApplication(int port, EmulatorSettings settings, FileStore files)
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
        TimeProvider time = TimeProvider.System;
        var store = new ThreadStore();
        var router = new RequestRouter(
            new ThreadEndpoints(store, files, time),
            new MessageEndpoints(store, files, time),
            new RunEndpoints(store, files, new RunLifecycle(time, settings), settings, time),
            new RunStepEndpoints(store),
            new FileEndpoints(files, settings, time));
        app.Run(router.HandleAsync);
        return app;
    }
}
