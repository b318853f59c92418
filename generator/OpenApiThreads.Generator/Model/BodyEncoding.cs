namespace OpenApiThreads.Generator.Model;

/// <summary>
/// How a request or response body travels, decided once from its media type (<see cref="Parsing.MediaTypes"/>).
/// Emitters switch on this and never look at media-type strings, so a new encoding is a new case, not a new sniff.
/// </summary>
internal enum BodyEncoding
{
    /// <summary>No body.</summary>
    None,

    /// <summary><c>application/json</c> and any <c>+json</c>.</summary>
    Json,

    /// <summary><c>multipart/*</c>: named parts, files among them.</summary>
    Multipart,

    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    Form,

    /// <summary>Bytes the client does not interpret: <c>application/octet-stream</c>, images, archives, <c>*/*</c>.</summary>
    Binary,

    /// <summary><c>text/*</c> (but event streams) and XML: characters the client passes on as a string.</summary>
    Text,

    /// <summary><c>text/event-stream</c>: server-sent events.</summary>
    EventStream,
}
