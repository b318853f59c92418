namespace OpenApiThreads.Emulator;

/// <summary>Anything kept in a <see cref="StoredList{T}"/>: messages, runs and run steps, found by their id.</summary>
internal interface IStoredObject
{
    string Id { get; }
}
