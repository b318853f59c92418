using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Objects in creation order, which is the order lists page through. Not thread-safe on its own: every caller
/// holds <see cref="ThreadContents.Gate"/>. A linear search is fine at an emulator's scale and keeps deletes simple.
/// </summary>
internal sealed class StoredList<T>
    where T : class, IStoredObject
{
    private readonly List<T> _items = [];

    public void Add(T item) => _items.Add(item);

    public bool TryGet(string id, [NotNullWhen(true)] out T? item)
    {
        int index = IndexOf(id);
        item = index < 0 ? null : _items[index];
        return item is not null;
    }

    /// <summary>Puts a new version of an object in the place of the one with the same id.</summary>
    public void Replace(T item)
    {
        int index = IndexOf(item.Id);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{item.Id}' is not stored.");
        }

        _items[index] = item;
    }

    public bool Remove(string id)
    {
        int index = IndexOf(id);
        if (index < 0)
        {
            return false;
        }

        _items.RemoveAt(index);
        return true;
    }

    /// <summary>A copy in creation order, safe to use after the lock is released.</summary>
    public T[] Snapshot(Func<T, bool>? filter = null) =>
        filter is null ? _items.ToArray() : _items.FindAll(item => filter(item)).ToArray();

    private int IndexOf(string id) => _items.FindIndex(item => string.Equals(item.Id, id, StringComparison.Ordinal));
}
