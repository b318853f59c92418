namespace OpenApiThreads.Emulator;

/// <summary>
/// An uploaded file's object. Immutable; the bytes live in the <see cref="FileStore"/>'s content directory under
/// the file's id. <c>ExpiresAt</c> is null when the file is kept until deleted, and the JSON then leaves it out.
/// </summary>
internal sealed record FileRecord(
    string Id,
    long Bytes,
    long CreatedAt,
    long? ExpiresAt,
    string FileName,
    string Purpose) : IStoredObject
{
    // FileExpirationAfter: batch files expire after 30 days unless the upload says otherwise; others are kept.
    private const long BatchExpirySeconds = 30 * 24 * 60 * 60;

    public static FileRecord FromUpload(string id, FileUpload upload, long createdAt)
    {
        long? expiresAfter = upload.ExpiresAfterSeconds ?? (upload.Purpose == "batch" ? BatchExpirySeconds : null);
        return new FileRecord(id, upload.Bytes, createdAt, createdAt + expiresAfter, upload.FileName, upload.Purpose);
    }
}
