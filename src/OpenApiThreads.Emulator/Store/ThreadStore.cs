using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace OpenApiThreads.Emulator;

/// <summary>The emulator's threads and what they hold, safe under concurrent requests.</summary>
internal sealed class ThreadStore
{
    private readonly ConcurrentDictionary<string, ThreadRecord> _threads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ThreadContents> _contents = new(StringComparer.Ordinal);

    /// <summary>Creates a thread with the messages <paramref name="fields"/> starts it with.</summary>
    public ThreadRecord Create(ThreadFields fields, long createdAt)
    {
        while (true)
        {
            var thread = ThreadRecord.Create(Ids.New("thread_"), createdAt, fields);
            var contents = new ThreadContents();
            foreach (MessageInput message in fields.Messages)
            {
                contents.Messages.Add(MessageRecord.FromInput(message, thread.Id, createdAt));
            }

            // Contents first, so that a thread anyone can see always has them.
            if (_contents.TryAdd(thread.Id, contents) && _threads.TryAdd(thread.Id, thread))
            {
                return thread;
            }
        }
    }

    public bool TryGet(string id, [NotNullWhen(true)] out ThreadRecord? thread) => _threads.TryGetValue(id, out thread);

    /// <summary>The messages, runs and steps of an existing thread.</summary>
    /// <exception cref="ApiException">404 when there is no such thread.</exception>
    public ThreadContents GetContents(string threadId) =>
        _threads.ContainsKey(threadId) && _contents.TryGetValue(threadId, out ThreadContents? contents)
            ? contents
            : throw ApiException.NotFound("thread", threadId);

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

    public bool TryDelete(string id)
    {
        if (!_threads.TryRemove(id, out _))
        {
            return false;
        }

        _contents.TryRemove(id, out _);
        return true;
    }
}
