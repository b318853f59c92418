using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Replaces the default console lifetime, which would register SIGINT/SIGTERM handlers and keep the embedding
/// process alive on Ctrl+C. The emulator's lifetime belongs to whoever disposes <see cref="ThreadsEmulator"/>.
/// </summary>
internal sealed class DetachedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
