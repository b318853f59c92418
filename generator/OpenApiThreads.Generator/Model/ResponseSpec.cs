namespace OpenApiThreads.Generator.Model;

/// <summary>
/// What a successful call gives back, in one place: the body the plain method returns, the event stream a second
/// method yields, and the paging a third method walks. <see cref="Encoding"/> says which body the plain method reads.
/// </summary>
internal sealed record ResponseSpec
{
    public static readonly ResponseSpec Empty = new();

    /// <summary>The encoding of the body the plain method returns; <see cref="BodyEncoding.None"/> when it returns nothing.</summary>
    public BodyEncoding Encoding { get; init; }

    /// <summary>The media type the plain method asks for (the <c>Accept</c> header), or null when it reads no body.</summary>
    public string? MediaType { get; init; }

    /// <summary>The JSON type of the body, for <see cref="BodyEncoding.Json"/>.</summary>
    public TypeRef? Type { get; init; }

    /// <summary>The success response is also (or only) a <c>text/event-stream</c>: a second method streams it.</summary>
    public StreamSpec? Stream { get; init; }

    /// <summary>The operation pages with a cursor: a third method walks every page.</summary>
    public PagingSpec? Paging { get; init; }

    /// <summary>
    /// Two or more documented success statuses with different JSON bodies: the plain method returns a result type
    /// (<see cref="Type"/>, named in <see cref="ResultName"/>) saying which arrived, with each body typed.
    /// </summary>
    public ImmutableEquatableArray<ResponseAlternative> Alternatives { get; init; } = ImmutableEquatableArray<ResponseAlternative>.Empty;

    /// <summary>The generated result type's name when there are <see cref="Alternatives"/>.</summary>
    public string? ResultName { get; init; }

    /// <summary>Whether the operation gets a plain method: an operation that only streams has nothing for one to return.</summary>
    public bool HasPlainMethod => Stream is null || Encoding != BodyEncoding.None;
}

/// <summary>One documented success status and the JSON type of its body.</summary>
internal sealed record ResponseAlternative(int StatusCode, TypeRef Type);
