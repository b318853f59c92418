namespace OpenApiThreads.Generator.Model.Security;

/// <summary>How a scheme's credential reaches the request. OAuth2 and OpenID Connect send bearer tokens.</summary>
internal enum CredentialKind
{
    /// <summary><c>Authorization: Bearer …</c>: http bearer, oauth2 (every flow) and openIdConnect.</summary>
    Bearer,

    /// <summary><c>Authorization: Basic base64(user:password)</c>.</summary>
    Basic,

    /// <summary>Any other http scheme, sent as <c>Authorization: {scheme} {credentials}</c>.</summary>
    Authorization,

    ApiKeyHeader,

    ApiKeyQuery,

    ApiKeyCookie,
}

/// <summary>One entry of <c>components/securitySchemes</c> the client can send, and its options properties.</summary>
internal sealed record SecuritySchemeSpec
{
    /// <summary>The scheme's name in the document, which requirements use.</summary>
    public required string Key { get; init; }

    /// <summary>The options property holding the credential (a token, an API key); for basic, the stem of <c>{Property}UserName</c> and <c>{Property}Password</c>.</summary>
    public required string PropertyName { get; init; }

    public required CredentialKind Kind { get; init; }

    /// <summary>The header, query or cookie name of an API key; the scheme token of an <see cref="CredentialKind.Authorization"/> scheme.</summary>
    public string? Name { get; init; }

    /// <summary>What the document calls it, for docs: <c>oauth2</c>, <c>http bearer</c>, <c>apiKey in query</c>.</summary>
    public required string SpecType { get; init; }

    public string? Description { get; init; }

    /// <summary>Bearer-like schemes also take an async token provider (<c>{Property}Provider</c>).</summary>
    public bool HasTokenProvider => Kind == CredentialKind.Bearer;
}

/// <summary>One scheme of a requirement and the scopes (OAuth2) or roles it names.</summary>
internal sealed record SchemeUse(string SchemeKey, ImmutableEquatableArray<string> Scopes);

/// <summary>
/// One security requirement object: every scheme in it is sent together (AND). An empty one (<c>{}</c>) means the
/// operation may also be called anonymously.
/// </summary>
internal sealed record SecurityRequirementSpec(ImmutableEquatableArray<SchemeUse> Schemes)
{
    public bool IsAnonymous => Schemes.Count == 0;
}

/// <summary>
/// The alternatives (OR) one or more operations accept. Operations with the same alternatives share one set, and
/// one generated method applies it.
/// </summary>
internal sealed record SecuritySetSpec(int Index, ImmutableEquatableArray<SecurityRequirementSpec> Alternatives)
{
    /// <summary>The set includes <c>{}</c>: anonymous calls are allowed too.</summary>
    public bool AllowsAnonymous => System.Linq.Enumerable.Any(Alternatives, a => a.IsAnonymous);
}

/// <summary>The document's schemes and the distinct requirement sets its operations use.</summary>
internal sealed record SecurityModel(ImmutableEquatableArray<SecuritySchemeSpec> Schemes, ImmutableEquatableArray<SecuritySetSpec> Sets)
{
    public static readonly SecurityModel Empty = new(ImmutableEquatableArray<SecuritySchemeSpec>.Empty, ImmutableEquatableArray<SecuritySetSpec>.Empty);
}
