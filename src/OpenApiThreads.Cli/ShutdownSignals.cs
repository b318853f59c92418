using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace OpenApiThreads.Cli;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into cancellation, so an in-process emulator is disposed and the
/// command ends with its own message. A second signal is left to its default, which ends a stuck process at once.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public ShutdownSignals(CancellationTokenSource cancellation)
    {
        _cancellation = cancellation;
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancellation.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _cancellation.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
    }
}
