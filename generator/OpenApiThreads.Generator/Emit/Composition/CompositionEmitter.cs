using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// Prints a <see cref="CompositionSpec"/>: the property that holds the branch, and the lines the object's generated
/// reader and writer add for it. The property metadata cannot read one JSON object into two values, so a composed
/// class's metadata is a converter over the generated reader and writer, under any options.
/// </summary>
internal static class CompositionEmitter
{
    private const string Json = "json::";

    /// <summary>The property on the class, after the declared ones.</summary>
    public static void WriteProperty(SourceWriter writer, CompositionSpec composition, EmitHeader header)
    {
        string rule = composition.Keyword == "oneOf"
            ? "exactly one branch holds"
            : "several may hold: this is the first that matches, most specific first";
        DocComments.WriteElement(writer, "summary", "The `" + composition.Keyword + "` branch this object also is (" + rule + "), read from the\n"
            + "same JSON object as the properties above, and unknown when none matches. Written, the branch's\n"
            + "properties are merged into this object; one this class also declares is written once, from this class.");
        writer.WriteLine("public " + composition.Union.AsNullable().ToCSharp() + " " + composition.PropertyName + " { get; set; }");
    }

    /// <summary>The object's metadata: a converter over its generated reader and writer.</summary>
    public static void WriteTypeInfo(SourceWriter writer, ObjectSpec shape, string typeName, string info)
    {
        CompositionSpec composition = shape.Composition!;
        string union = composition.Union.AsNonNullable().ToCSharp();
        writer.WriteLines($$"""
                    return metadata::JsonMetadataServices.CreateValueInfo<{{typeName}}>(options, new CompositionConverter_{{info}}());
                }

                /// <summary>Reads and writes the object with its generated code, which also reads the branch from the same JSON object.</summary>
                private sealed class CompositionConverter_{{info}} : {{Json}}Serialization.JsonConverter<{{typeName}}>
                {
                    /// <inheritdoc/>
                    public override {{typeName}}? Read(ref {{Json}}Utf8JsonReader reader, global::System.Type typeToConvert, {{Json}}JsonSerializerOptions options)
                        => {{FastReadEmitter.ReaderName(new TypeRef { Kind = TypeRefKind.Generated, Name = shape.Name })}}(ref reader, options);

                    /// <inheritdoc/>
                    public override void Write({{Json}}Utf8JsonWriter writer, {{typeName}} value, {{Json}}JsonSerializerOptions options)
                        => {{FastPathEmitter.HandlerName(info)}}(writer, value);
                }

                private static readonly string[] s_{{info}}_own = {{StringArray(shape.Properties.Select(p => p.JsonName).ToList())}};
            """);
        for (int i = 0; i < composition.Branches.Count; i++)
        {
            writer.WriteLine("    private static readonly string[] s_" + info + "_branch" + i + " = " + StringArray(composition.Branches[i].JsonNames) + ";");
        }

        writer.WriteLines($$"""

                /// <summary>The JSON names the branch held declares: read into it, and written from it.</summary>
                private static string[] CompositionNames_{{info}}({{union}} variant)
                {
            """);
        for (int i = 0; i < composition.Branches.Count; i++)
        {
            writer.WriteLines($$"""
                        if (variant.Is{{composition.Branches[i].Name}})
                        {
                            return s_{{info}}_branch{{i}};
                        }

                """);
        }

        writer.WriteLines("""
                    return global::System.Array.Empty<string>();
                }
            """);
    }

    /// <summary>In the reader, before the object's properties: where the object starts, to read the branch from.</summary>
    public static void WriteReadStart(SourceWriter writer, ObjectSpec shape)
    {
        if (shape.Composition is not null)
        {
            writer.WriteLine("        " + Json + "Utf8JsonReader compositionStart = reader;");
        }
    }

    /// <summary>In the reader, after the properties: the branch, and the bag without what the branch declares.</summary>
    public static void WriteReadEnd(SourceWriter writer, ObjectSpec shape, string info)
    {
        if (shape.Composition is not { } composition)
        {
            return;
        }

        writer.WriteLine("        value." + composition.PropertyName + " = " + FastReadEmitter.ReaderName(composition.Union.AsNonNullable()) + "(ref compositionStart, options);");
        if (shape.AdditionalDataName is null)
        {
            writer.WriteLine();
            return;
        }

        writer.WriteLines($$"""
                    if (value.{{shape.AdditionalDataName}} is { } additionalData && value.{{composition.PropertyName}} is { } variant)
                    {
                        foreach (string declared in CompositionNames_{{info}}(variant))
                        {
                            additionalData.Remove(declared);
                        }

                        if (additionalData.Count == 0)
                        {
                            value.{{shape.AdditionalDataName}} = null;
                        }
                    }

            """);
    }

    /// <summary>
    /// In the writer, after the declared properties (in place of the bag): the branch's properties that this class
    /// does not declare, then the bag's that were not written. A branch's own bag repeats the class's undeclared
    /// properties after a read, so those come from the class's bag, which the caller may have changed.
    /// </summary>
    public static void WriteMerge(SourceWriter writer, ObjectSpec shape, string info)
    {
        CompositionSpec composition = shape.Composition!;
        string? bag = shape.AdditionalDataName;
        // After a read, the branch's own bag repeats the class's undeclared properties: those come from the class's bag.
        string skip = "global::System.Array.IndexOf(s_" + info + "_own, member.Name) >= 0"
            + (bag is null ? string.Empty : " || (global::System.Array.IndexOf(declared, member.Name) < 0 && value." + bag + " is { } kept && kept.ContainsKey(member.Name))");
        string declaredLine = bag is null ? string.Empty : "string[] declared = CompositionNames_" + info + "(variant);";
        writer.WriteLines($$"""
                    generic::HashSet<string>? written = null;
                    if (value.{{composition.PropertyName}} is { IsUnknown: false } variant)
                    {
                        {{declaredLine}}
                        using {{Json}}JsonDocument branch = {{Json}}JsonSerializer.SerializeToDocument(variant, Default.{{composition.Union.AsNonNullable().InfoName}});
                        if (branch.RootElement.ValueKind == {{Json}}JsonValueKind.Object)
                        {
                            foreach ({{Json}}JsonProperty member in branch.RootElement.EnumerateObject())
                            {
                                if ({{skip}})
                                {
                                    continue;
                                }

                                if ((written ??= new generic::HashSet<string>(global::System.StringComparer.Ordinal)).Add(member.Name))
                                {
                                    member.WriteTo(writer);
                                }
                            }
                        }
                    }
            """);
        if (bag is null)
        {
            return;
        }

        writer.WriteLines($$"""

                    if (value.{{bag}} is { } additionalData)
                    {
                        foreach (generic::KeyValuePair<string, {{Json}}JsonElement> pair in additionalData)
                        {
                            if (written is null || !written.Contains(pair.Key))
                            {
                                writer.WritePropertyName(pair.Key);
                                pair.Value.WriteTo(writer);
                            }
                        }
                    }
            """);
    }

    private static string StringArray(System.Collections.Generic.IReadOnlyList<string> values)
        => values.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(DocComments.Literal)) + " }";
}
