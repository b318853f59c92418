namespace OpenApiThreads.Emulator;

/// <summary>
/// A validated CreateFileRequest. The bytes are not here: the reader has already written them to the content the
/// caller gave it, and <c>Bytes</c> is how many there were. <c>ExpiresAfterSeconds</c> is null when the request had
/// no <c>expires_after</c>.
/// </summary>
internal sealed record FileUpload(string FileName, long Bytes, string Purpose, long? ExpiresAfterSeconds);
