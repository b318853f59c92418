namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The base of every union's converter, written once into the context: reading or writing one branch is a single
/// call, which picks the branch's generated reader or writer under the context's own options and the metadata the
/// options resolve under any other. A branch then costs one line in <c>Read</c> and one in <c>Write</c>.
/// </summary>
internal static class UnionSupport
{
    private const string Json = "json::";

    /// <summary>The base class's name; <see cref="Naming.ReservedNames"/> keeps types from taking it.</summary>
    public const string BaseName = "UnionConverter";

    public static void Write(SourceWriter writer)
    {
        writer.WriteLines($$"""

                /// <summary>What every union's converter shares: reading and writing one branch, and finding the branch a tag names.</summary>
                internal abstract class {{BaseName}}<TUnion> : {{Json}}Serialization.JsonConverter<TUnion>
                {
                    /// <summary>
                    /// Reads a branch: with <paramref name="read"/>, its generated reader, under the context's own options;
                    /// otherwise (or without one) through the metadata <paramref name="options"/> resolve.
                    /// </summary>
                    protected static TBranch ReadBranch<TBranch>(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options, FastReader<TBranch>? read = null)
                        => (read is not null && UsesOwnOptions(options) ? read(ref reader, options) : {{Json}}JsonSerializer.Deserialize(ref reader, TypeInfoOf<TBranch>(options)))!;

                    /// <summary>
                    /// The branch the tag in the object's <paramref name="discriminator"/> property names: the first entry of
                    /// <paramref name="tags"/> whose tag equals it, compared where it lies in the JSON; 0 when none does or it is not a string.
                    /// </summary>
                    protected static int BranchOfTag(in {{Json}}Utf8JsonReader reader, string discriminator, (string Tag, int Branch)[] tags)
                    {
                        {{Json}}Utf8JsonReader tag = DiscriminatorAt(reader, discriminator);
                        if (tag.TokenType == {{Json}}JsonTokenType.String)
                        {
                            foreach ((string candidate, int branch) in tags)
                            {
                                if (tag.ValueTextEquals(candidate))
                                {
                                    return branch;
                                }
                            }
                        }

                        return 0;
                    }

                    /// <summary>Writes a branch: with <paramref name="write"/>, its generated writer, under the context's own options.</summary>
                    protected static void WriteBranch<TBranch>({{Json}}Utf8JsonWriter writer, object? value, {{Json}}JsonSerializerOptions options, global::System.Action<{{Json}}Utf8JsonWriter, TBranch>? write = null)
                    {
                        if (write is not null && UsesOwnOptions(options))
                        {
                            write(writer, (TBranch)value!);
                        }
                        else
                        {
                            {{Json}}JsonSerializer.Serialize(writer, (TBranch)value!, TypeInfoOf<TBranch>(options));
                        }
                    }

                    /// <summary>Writes an enum or union branch: with its converter, under the context's own options.</summary>
                    protected static void WriteBranch<TBranch, TConverter>({{Json}}Utf8JsonWriter writer, object? value, {{Json}}JsonSerializerOptions options)
                        where TConverter : {{Json}}Serialization.JsonConverter<TBranch>, new()
                    {
                        if (UsesOwnOptions(options))
                        {
                            WriteWith<TBranch, TConverter>(writer, (TBranch)value!);
                        }
                        else
                        {
                            {{Json}}JsonSerializer.Serialize(writer, (TBranch)value!, TypeInfoOf<TBranch>(options));
                        }
                    }
                }
            """);
    }
}
