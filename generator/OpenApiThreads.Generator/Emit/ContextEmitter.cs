using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The <c>JsonSerializerContext</c>. System.Text.Json's own generator never sees our output (generators cannot see
/// each other's), so a <c>[JsonSerializable]</c> context would stay abstract (CS0534); we write the metadata the way
/// it would, through <c>JsonMetadataServices</c>, and nothing is left to reflection.
/// </summary>
internal static class ContextEmitter
{
    private const string Meta = "metadata::";
    private const string Json = "json::";

    /// <summary>
    /// The runtime switch behind <c>GetTypeInfo(Type)</c> for types no reachable code asked for; one name for every
    /// generated context, set by <c>build/OpenApiThreads.Generator.targets</c> in a trimmed publish.
    /// </summary>
    public const string SwitchName = "OpenApiThreads.JsonContext.AnyTypeLookup";

    public static string Emit(ContextEmitItem item)
    {
        EmitHeader header = item.Header;
        string name = header.ContextName;
        SourceWriter writer = FileHeader.Start(header);
        string featureSwitch = item.HasFeatureSwitchDefinition
            ? "    [global::System.Diagnostics.CodeAnalysis.FeatureSwitchDefinition(\"" + SwitchName + "\")]\n"
            : string.Empty;
        writer.WriteLines($$"""
            /// <summary>
            /// System.Text.Json metadata for every type of the "{{DocComments.OneLine(header.Title)}}" document, written at compile time:
            /// serialisation needs no reflection, so it works with Native AOT, trimming and
            /// <c>JsonSerializerIsReflectionEnabledByDefault=false</c>.
            /// </summary>
            {{header.Accessibility}} sealed partial class {{name}} : {{Json}}Serialization.JsonSerializerContext, {{Meta}}IJsonTypeInfoResolver
            {
                private static readonly {{Json}}JsonSerializerOptions s_defaultOptions = new();

                /// <summary>The shared instance, with default options.</summary>
                public static {{name}} Default { get; } = new(new {{Json}}JsonSerializerOptions(s_defaultOptions));

                /// <summary>Creates a context with default options.</summary>
                public {{name}}()
                    : base(null)
                {
                }

                /// <summary>Creates a context bound to <paramref name="options"/>.</summary>
                public {{name}}({{Json}}JsonSerializerOptions options)
                    : base(options)
                {
                }

                /// <inheritdoc/>
                protected override {{Json}}JsonSerializerOptions? GeneratedSerializerOptions { get; } = s_defaultOptions;
            """);
        writer.WriteLine();
        foreach (TypeRef type in item.Types)
        {
            TypeInfoEmitter.WriteProperty(writer, type, item.UsesFieldKeyword);
        }

        writer.WriteLines($$"""

                /// <inheritdoc/>
                public override {{Meta}}JsonTypeInfo? GetTypeInfo(global::System.Type type)
                {
                    Options.TryGetTypeInfo(type, out {{Meta}}JsonTypeInfo? typeInfo);
                    return typeInfo;
                }

                {{Meta}}JsonTypeInfo? {{Meta}}IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, {{Json}}JsonSerializerOptions options)
                {
                    global::System.Func<{{Json}}JsonSerializerOptions, {{Meta}}JsonTypeInfo>? create;
                    lock (s_reached)
                    {
                        s_reached.TryGetValue(type, out create);
                    }

                    if (create is not null)
                    {
                        return create(options);
                    }

                    if (AnyTypeLookup)
                    {
                        return LookUpAnyType(type, options);
                    }

                    return null;
                }

                /// <summary>
                /// The factories of the types reachable code has asked for: a typed property adds its own, and each
                /// factory adds those of the types it reaches. The resolver answers from here first, so a program keeps
                /// only the metadata, readers and writers it can reach.
                /// </summary>
                private static readonly generic::Dictionary<global::System.Type, global::System.Func<{{Json}}JsonSerializerOptions, {{Meta}}JsonTypeInfo>> s_reached = new();

                private static void Reach(global::System.Type type, global::System.Func<{{Json}}JsonSerializerOptions, {{Meta}}JsonTypeInfo> create)
                {
                    lock (s_reached)
                    {
                        s_reached.TryAdd(type, create);
                    }
                }

                /// <summary>Makes <typeparamref name="T"/> known, by the factory that creates its metadata.</summary>
                private static void Reach<T>(global::System.Func<{{Json}}JsonSerializerOptions, {{Meta}}JsonTypeInfo<T>> create) => Reach(typeof(T), create);

                private {{Meta}}JsonTypeInfo<T> Reached<T>(global::System.Func<{{Json}}JsonSerializerOptions, {{Meta}}JsonTypeInfo<T>> create)
                {
                    Reach(typeof(T), create);
                    return ({{Meta}}JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
                }

                /// <summary>
                /// Whether the resolver answers for every type of the document, even one no reachable code has asked for
                /// (<c>JsonSerializer.Serialize(value, context.Options)</c> on a type first seen there). On unless the
                /// <c>{{SwitchName}}</c> switch is off, as a trimmed or Native AOT publish sets it (MSBuild property
                /// <c>OpenApiThreadsAnyTypeLookup</c>): the trimmer then drops the lookup below and all it alone reaches.
                /// </summary>
            {{featureSwitch}}    private static bool AnyTypeLookup => !global::System.AppContext.TryGetSwitch("{{SwitchName}}", out bool enabled) || enabled;

                /// <summary>
                /// Every type of the document, tested in turn as System.Text.Json's own generator does: the serializer
                /// asks once per type and options, and straight calls cost the compiler far less than a table of
                /// delegates (on OpenAI's spec, 0.6 s of the cold compile and 160 KB of the assembly). One line per type,
                /// hence the one-letter parameters.
                /// </summary>
                private static {{Meta}}JsonTypeInfo? LookUpAnyType(global::System.Type t, {{Json}}JsonSerializerOptions o)
                {
            """);
        // Two spellings can be one runtime type (IList<string> and IList<string?>: typeof drops a nested annotation):
        // each runtime type is tested once, by its first spelling (both factories describe the same type).
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (TypeRef type in item.Types)
        {
            string runtimeType = type.ToCSharp().TrimEnd('?') + Nullable(type);
            if (listed.Add(RuntimeIdentity(type, header.Namespace)))
            {
                writer.WriteLine("            if (t == typeof(" + runtimeType + ")) return Create_" + type.InfoName + "(o);");
            }
        }

        writer.WriteLines($$"""
                    return null;
                }

                /// <summary>The metadata for <typeparamref name="T"/> from whatever resolver <paramref name="options"/> uses.</summary>
                internal static {{Meta}}JsonTypeInfo<T> TypeInfoOf<T>({{Json}}JsonSerializerOptions options)
                    => ({{Meta}}JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

                /// <summary>
                /// Looks ahead (on a copy of the reader) for the property that tells a union's branches apart, and returns
                /// the copy positioned on its value (TokenType None when it is absent). The serializer hands converters a
                /// fully buffered value, so the look-ahead cannot run out of input.
                /// </summary>
                internal static {{Json}}Utf8JsonReader DiscriminatorAt({{Json}}Utf8JsonReader reader, string propertyName)
                {
                    int depth = reader.CurrentDepth;
                    while (reader.Read() && !(reader.TokenType == {{Json}}JsonTokenType.EndObject && reader.CurrentDepth == depth))
                    {
                        if (reader.TokenType != {{Json}}JsonTokenType.PropertyName)
                        {
                            continue;
                        }

                        bool match = reader.ValueTextEquals(propertyName);
                        reader.Read();
                        if (match)
                        {
                            return reader;
                        }

                        reader.Skip();
                    }

                    return default;
                }

                /// <summary>Whether the object at the reader has every required property and every fixed value.</summary>
                internal static bool ObjectMatches({{Json}}Utf8JsonReader reader, string[] required, string[] fixedNames, string[] fixedValues)
                {
                    int depth = reader.CurrentDepth;
                    int requiredSeen = 0;
                    int fixedSeen = 0;
                    while (reader.Read() && !(reader.TokenType == {{Json}}JsonTokenType.EndObject && reader.CurrentDepth == depth))
                    {
                        if (reader.TokenType != {{Json}}JsonTokenType.PropertyName)
                        {
                            continue;
                        }

                        string name = reader.GetString()!;
                        reader.Read();
                        if (global::System.Array.IndexOf(required, name) >= 0)
                        {
                            requiredSeen++;
                        }

                        int fixedIndex = global::System.Array.IndexOf(fixedNames, name);
                        if (fixedIndex >= 0)
                        {
                            if (reader.TokenType != {{Json}}JsonTokenType.String || !reader.ValueTextEquals(fixedValues[fixedIndex]))
                            {
                                return false;
                            }

                            fixedSeen++;
                        }

                        reader.Skip();
                    }

                    return requiredSeen >= required.Length && fixedSeen == fixedNames.Length;
                }
            """);
        Metadata.MetadataHelpers.Write(writer, item.Types.Any(t => t.Kind == TypeRefKind.Map), item.Types.Contains(BuiltInTypes.String.RuntimeType), item.Types.Contains(BuiltInTypes.AdditionalData.RuntimeType));
        Metadata.StringEnumSupport.Write(writer);
        Metadata.WriterHelpers.Write(writer);
        FastReadSupport.Write(writer, item.Types);
        UnionSupport.Write(writer);
        WriteShards(writer, item.Types, header.Namespace);
        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }

    /// <summary>
    /// Declares every shard (<see cref="ContextShards"/>), so a file's <c>using static</c> directive for one always
    /// names a class, with the readers of the built-in types lists and maps hold in theirs.
    /// </summary>
    private static void WriteShards(SourceWriter writer, IEnumerable<TypeRef> types, string ns)
    {
        ILookup<string, TypeRef> readers = Reading.CollectionReadSupport.ElementTypes(types).ToLookup(t => ContextShards.Of(t.InfoName));
        writer.WriteLine();
        writer.WriteLine("    // Each type's factory, reader and writer are in the shard its name hashes to, so the compiler spreads them over");
        writer.WriteLine("    // its threads; every shard is declared here, so a file's using static directive for one always names a class.");
        for (int i = 0; i < ContextShards.Count; i++)
        {
            string shard = ContextShards.Name(i);
            if (!readers.Contains(shard))
            {
                writer.WriteLine("    internal static partial class " + shard + " { }");
                continue;
            }

            writer.WriteLine("    internal static partial class " + shard);
            writer.WriteLine("    {");
            writer.Indent();
            bool first = true;
            foreach (TypeRef element in readers[shard])
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                Reading.CollectionReadSupport.WriteElementReader(writer, element, ns);
            }

            writer.Unindent();
            writer.WriteLine("    }");
        }
    }

    private static string Nullable(TypeRef type) => type.IsNullable && type.IsValueType ? "?" : string.Empty;

    /// <summary>The spelling without reference-type annotations at any depth: equal for equal runtime types.</summary>
    private static string RuntimeIdentity(TypeRef type, string ns) => type.Kind switch
    {
        TypeRefKind.List => "IList<" + RuntimeIdentity(type.Element!, ns) + ">",
        TypeRefKind.Map => "IDictionary<string, " + RuntimeIdentity(type.Element!, ns) + ">",
        _ => type.ToCSharp().TrimEnd('?'),
    } + Nullable(type);
}
