using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>
/// One page of a list, in the requested order. <c>HasMore</c> is true when more objects lie beyond the page in
/// the direction it was read.
/// </summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, bool HasMore)
    where T : IStoredObject;
