using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace OpenApiThreads.Emulator;

/// <summary>The emulator's threads, safe under concurrent requests.</summary>
internal sealed class ThreadStore
{
    private readonly ConcurrentDictionary<string, ThreadRecord> _threads = new(StringComparer.Ordinal);

    public ThreadRecord Create(ThreadFields fields, long createdAt)
    {
        while (true)
        {
            var thread = ThreadRecord.Create(Ids.New("thread_"), createdAt, fields);
            if (_threads.TryAdd(thread.Id, thread))
            {
                return thread;
            }
        }
    }

    public bool TryGet(string id, [NotNullWhen(true)] out ThreadRecord? thread) => _threads.TryGetValue(id, out thread);

    /// <summary>
    /// Applies <paramref name="fields"/> with compare-and-swap: TryUpdate only replaces a value that is still
    /// there, so a modify racing a delete fails instead of bringing the thread back.
    /// </summary>
    public bool TryModify(string id, ThreadFields fields, [NotNullWhen(true)] out ThreadRecord? modified)
    {
        while (_threads.TryGetValue(id, out ThreadRecord? current))
        {
            ThreadRecord candidate = current.With(fields);
            if (_threads.TryUpdate(id, candidate, current))
            {
                modified = candidate;
                return true;
            }
        }

        modified = null;
        return false;
    }

    public bool TryDelete(string id) => _threads.TryRemove(id, out _);
}
