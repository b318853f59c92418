namespace OpenApiThreads.Generator.Model;

/// <summary>
/// The document's first server. Its variables become options properties, and the URL is filled in from them at run
/// time; a document without variables has none.
/// </summary>
internal sealed record ServerSpec(string UrlTemplate, ImmutableEquatableArray<ServerVariableSpec> Variables, string? Description);

/// <summary>One <c>{name}</c> of a server URL: its options property, default and allowed values (<c>enum</c>).</summary>
internal sealed record ServerVariableSpec(string Name, string PropertyName, string Default, ImmutableEquatableArray<string> Allowed, string? Description);
