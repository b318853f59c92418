using System.Threading;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The messages, runs and run steps of one thread. A run's progress touches all three at once (a completed run
/// adds a message and a step), so one lock per thread guards them together.
/// </summary>
internal sealed class ThreadContents
{
    /// <summary>Held by every reader and writer of the lists below.</summary>
    public Lock Gate { get; } = new();

    public StoredList<MessageRecord> Messages { get; } = new();

    public StoredList<RunRecord> Runs { get; } = new();

    public StoredList<RunStepRecord> Steps { get; } = new();
}
