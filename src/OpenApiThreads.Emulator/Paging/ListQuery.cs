namespace OpenApiThreads.Emulator;

/// <summary>
/// The paging parameters every list endpoint takes. <c>Descending</c> is <c>order=desc</c> (newest first, the
/// default); <c>After</c> and <c>Before</c> are object ids that bound the page, in the chosen order.
/// </summary>
internal sealed record ListQuery(int Limit, bool Descending, string? After, string? Before);
