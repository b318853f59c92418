using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>The names every file of one spec shares, and where the spec is (for a collision message).</summary>
internal sealed record EmitHeader(string Namespace, string ClientName, string OptionsName, string ContextName, string ExceptionName, string UnionBaseName, string Title, string Accessibility, string SpecPath);

/// <summary>
/// One generated file's worth of input. Each carries only what its file prints, so an edit to one schema re-emits
/// that schema's files and leaves the others Unchanged.
/// </summary>
internal abstract record EmitItem
{
    public required EmitHeader Header { get; init; }

    public abstract string HintName { get; }

    /// <summary>
    /// The namespace as file names start with it: without the <c>@</c> a keyword part is escaped with in C#
    /// (<c>Shared.@class</c>), which a hint name may not contain.
    /// </summary>
    protected string FilePrefix => Header.Namespace.Replace("@", string.Empty);

    /// <summary>Whether the file is batched with the spec's other such files whatever the spec's size (<see cref="FileLayout"/>).</summary>
    public virtual bool AlwaysBatched => false;
}

/// <summary>A model class, enum struct or union class.</summary>
internal sealed record TypeEmitItem(TypeSpec Type) : EmitItem
{
    /// <summary>For a union: which branch types are generated objects, whose writers its converter calls directly.</summary>
    public ImmutableEquatableArray<string> ObjectTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>For a union: which object branches have fast-path writers (<see cref="FastPaths"/>).</summary>
    public ImmutableEquatableArray<string> WrittenTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>For a union: which branch types have generated readers, which its converter calls directly.</summary>
    public ImmutableEquatableArray<string> ReadTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>Whether an object's tracked properties keep their value in C# 14's <c>field</c> (<see cref="CompilationFacts.HasFieldKeyword"/>).</summary>
    public bool UsesFieldKeyword { get; init; }

    public override string HintName => FilePrefix + "." + Type.Name + ".g.cs";
}

/// <summary>
/// The JSON metadata for one runtime type. For an object it holds the shape without descriptions, so a reworded
/// description does not re-emit the metadata.
/// </summary>
internal sealed record TypeInfoEmitItem(TypeRef Type, ObjectSpec? ObjectShape, UnionSpec? Union) : EmitItem
{
    /// <summary>
    /// The object types this shape's properties hold (directly, or in a list or map): their fast-path handlers are
    /// called directly. Only this shape's own references, so an unrelated schema edit leaves this file alone.
    /// </summary>
    public ImmutableEquatableArray<string> ObjectTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>
    /// The runtime types whose metadata this type's metadata asks for (property, element, branch and underlying
    /// types): its factory makes them known to the resolver, so a trimmed program keeps only the metadata it reaches.
    /// </summary>
    public ImmutableEquatableArray<TypeRef> Reaches { get; init; } = ImmutableEquatableArray<TypeRef>.Empty;

    /// <summary>Whether the client reads this generated type, so it gets a generated reader (<see cref="FastPaths"/>).</summary>
    public bool Reads { get; init; }

    /// <summary>Whether the client sends this generated object, so it gets a fast-path writer.</summary>
    public bool Writes { get; init; }

    /// <summary>Named by the type's shard first (<see cref="ContextShards"/>), so a batch holds one shard's parts together and they share its block.</summary>
    public override string HintName => FilePrefix + "." + Header.ContextName + "." + ContextShards.Of(Type.InfoName) + "." + Type.InfoName + ".g.cs";

    /// <summary>A type's part of the JSON context: one class spread over files that no one reads one at a time.</summary>
    public override bool AlwaysBatched => true;
}

/// <summary>The context class itself: constructors, the typed properties, the type → metadata lookup and the shared helpers.</summary>
internal sealed record ContextEmitItem(ImmutableEquatableArray<TypeRef> Types, bool HasFeatureSwitchDefinition) : EmitItem
{
    /// <summary>Whether the typed properties cache their metadata in C# 14's <c>field</c> (<see cref="CompilationFacts.HasFieldKeyword"/>).</summary>
    public bool UsesFieldKeyword { get; init; }

    public override string HintName => FilePrefix + "." + Header.ContextName + ".g.cs";
}

/// <summary>The context's table of JSON property names, each encoded once for every writer (sorted, distinct).</summary>
internal sealed record PropertyNamesEmitItem(ImmutableEquatableArray<string> JsonNames) : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.ContextName + "." + Naming.PropertyNameFields.ClassName + ".g.cs";
}

internal sealed record ClientEmitItem(
    ImmutableEquatableArray<OperationSpec> Operations,
    string? Description,
    ImmutableEquatableArray<ErrorMessageAccessor> ErrorMessages,
    CompilationFacts Facts) : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.ClientName + ".g.cs";
}

/// <summary>The client's shared plumbing: request building, retries, timeouts, response and stream reading.</summary>
internal sealed record TransportEmitItem(ImmutableEquatableArray<Model.Security.SecuritySchemeSpec> Schemes, bool HasStreaming, bool HasCookies = false, bool AllowsReserved = false) : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.ClientName + ".Transport.g.cs";
}

/// <summary>The client's interface.</summary>
internal sealed record InterfaceEmitItem(ImmutableEquatableArray<OperationSpec> Operations, CompilationFacts Facts) : EmitItem
{
    public override string HintName => FilePrefix + ".I" + Header.ClientName + ".g.cs";
}

/// <summary>The <c>IServiceCollection</c> extension, when the project references Microsoft.Extensions.Http.</summary>
internal sealed record ServiceCollectionEmitItem(ImmutableEquatableArray<Model.Security.SecuritySchemeSpec> Schemes, ServerSpec? Server) : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.ClientName + "ServiceCollectionExtensions.g.cs";
}

/// <summary>How to read a human message out of an error body type: <c>.Error?.Message</c>.</summary>
internal sealed record ErrorMessageAccessor(string TypeName, string Accessor);

internal sealed record OptionsEmitItem(string DefaultUserAgent) : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.OptionsName + ".g.cs";
}

/// <summary>The options' addresses and credentials: the document's server and variables, one credential per scheme.</summary>
internal sealed record ConnectionOptionsEmitItem(string? DefaultBaseUrl, ServerSpec? Server, ImmutableEquatableArray<Model.Security.SecuritySchemeSpec> Schemes) : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.OptionsName + ".Connection.g.cs";
}

/// <summary>The methods that put each operation's credentials on its requests.</summary>
internal sealed record SecurityEmitItem(Model.Security.SecurityModel Security) : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.ClientName + ".Security.g.cs";
}

/// <summary>The abstract base of every union class: the branch held, and JSON that matched none (<see cref="UnionBaseEmitter"/>).</summary>
internal sealed record UnionBaseEmitItem : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.UnionBaseName + ".g.cs";
}

internal sealed record ExceptionEmitItem : EmitItem
{
    public override string HintName => FilePrefix + "." + Header.ExceptionName + ".g.cs";
}

/// <summary>
/// A finished file, with the spec it came from so a hint-name collision can name both, and whether it is batched
/// however few files the spec has (<see cref="EmitItem.AlwaysBatched"/>).
/// </summary>
internal sealed record GeneratedSource(string HintName, string Text, string SpecPath, bool AlwaysBatched = false);
