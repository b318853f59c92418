using System.Linq;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Polymorphism;

namespace OpenApiThreads.Generator.Emit.Polymorphism;

/// <summary>
/// A base class whose subclasses a discriminator tells apart (<see cref="PolymorphismSpec"/>). The generated reader
/// and writer of the base dispatch (a look-ahead for the tag; the runtime type), and the base's metadata is a
/// converter that does the same, so <c>JsonSerializer</c> with the context reads a Dog where an Animal is declared
/// and writes all of a Dog's properties. The object metadata of the base itself stays, for values that are only an
/// Animal. The other emitters call these at one place each.
/// </summary>
internal static class PolymorphismEmitter
{
    private const string Json = "json::";
    private const string Meta = "metadata::";
    private const string Token = Json + "JsonTokenType";

    /// <summary>At the start of <c>Read_Animal</c>, after the null check: read the class the tag names, if it names one.</summary>
    public static void WriteReadDispatch(SourceWriter writer, ObjectSpec shape)
    {
        if (shape.Polymorphism is not { } polymorphism || !polymorphism.DerivedTypes.Any(d => d.Tags.Count > 0))
        {
            return;
        }

        // The tag is compared where it lies in the JSON (on a copy of the reader), not copied into a string first.
        writer.WriteLines($$"""
                    if (reader.TokenType == {{Token}}.StartObject)
                    {
                        {{Json}}Utf8JsonReader tag = DiscriminatorAt(reader, {{DocComments.Literal(polymorphism.DiscriminatorProperty)}});
                        if (tag.TokenType == {{Token}}.String)
                        {
            """);
        WriteTagCases(writer, polymorphism, derived => FastReadEmitter.ReaderName(Ref(derived.TypeName)) + "(ref reader, options)");

        writer.WriteLines("""
                        }
                    }

            """);
    }

    /// <summary>
    /// At the start of <c>Serialize_Animal</c>, after the null check: a subclass writes itself. Only the direct
    /// subclasses are tested; each of them dispatches to its own, so the most derived class writes.
    /// </summary>
    public static void WriteWriteDispatch(SourceWriter writer, ObjectSpec shape, string typeName)
    {
        if (shape.Polymorphism is not { } polymorphism)
        {
            return;
        }

        writer.WriteLine("        if (value.GetType() != typeof(" + typeName + "))");
        writer.WriteLine("        {");
        writer.WriteLine("            switch (value)");
        writer.WriteLine("            {");
        int index = 0;
        foreach (DerivedTypeSpec derived in polymorphism.DerivedTypes.Where(d => d.IsDirect))
        {
            writer.WriteLine("                case api::" + derived.TypeName + " derived" + index + ":");
            writer.WriteLine("                    " + FastPathEmitter.HandlerName(Ref(derived.TypeName).InfoName) + "(writer, derived" + index + ");");
            writer.WriteLine("                    return;");
            index++;
        }

        writer.WriteLine("            }");
        writer.WriteLine("        }");
        writer.WriteLine();
    }

    /// <summary>
    /// Inside <c>Create_Animal</c>, before the object metadata: the registered metadata is the dispatching converter,
    /// and the object metadata moves to <c>CreateExact_Animal</c>, which the converter uses for a plain Animal.
    /// </summary>
    public static void WriteInfoStart(SourceWriter writer, ObjectSpec shape, string typeName, string info)
    {
        if (shape.Polymorphism is null)
        {
            return;
        }

        writer.WriteLines($$"""
                    return {{Meta}}JsonMetadataServices.CreateValueInfo<{{typeName}}>(options, new PolymorphicConverter_{{info}}());
                }

                /// <summary>The metadata of <see cref="{{typeName}}"/> itself, for a value that is no subclass.</summary>
                private static {{Meta}}JsonTypeInfo<{{typeName}}> CreateExact_{{info}}({{Json}}JsonSerializerOptions options)
                {
            """);
    }

    /// <summary>
    /// The converter: with the context's own options it calls the generated reader and writer (which dispatch);
    /// with other options it dispatches itself, to the subclass's metadata or the base's own.
    /// </summary>
    public static void WriteConverter(SourceWriter writer, ObjectSpec shape, string typeName, string info)
    {
        if (shape.Polymorphism is not { } polymorphism)
        {
            return;
        }

        writer.WriteLines($$"""

                /// <summary>Reads the subclass the discriminator names, and writes the subclass a value is.</summary>
                private sealed class PolymorphicConverter_{{info}} : {{Json}}Serialization.JsonConverter<{{typeName}}>
                {
                    // One converter per options instance (the resolver creates it with the metadata it belongs to).
                    private {{Meta}}JsonTypeInfo<{{typeName}}>? _exact;

                    /// <inheritdoc/>
                    public override {{typeName}}? Read(ref {{Json}}Utf8JsonReader reader, global::System.Type typeToConvert, {{Json}}JsonSerializerOptions options)
                    {
                        if (UsesOwnOptions(options))
                        {
                            return {{FastReadEmitter.ReaderName(Ref(shape.Name))}}(ref reader, options);
                        }

            """);
        if (polymorphism.DerivedTypes.Any(d => d.Tags.Count > 0))
        {
            writer.WriteLine("            " + Json + "Utf8JsonReader tag = DiscriminatorAt(reader, " + DocComments.Literal(polymorphism.DiscriminatorProperty) + ");");
            writer.WriteLine("            if (tag.TokenType == " + Token + ".String)");
            writer.WriteLine("            {");
            WriteTagCases(writer, polymorphism, derived => Json + "JsonSerializer.Deserialize(ref reader, TypeInfoOf<api::" + derived.TypeName + ">(options))");

            writer.WriteLine("            }");
            writer.WriteLine();
        }

        writer.WriteLines($$"""
                        return {{Json}}JsonSerializer.Deserialize(ref reader, Exact(options));
                    }

                    /// <inheritdoc/>
                    public override void Write({{Json}}Utf8JsonWriter writer, {{typeName}} value, {{Json}}JsonSerializerOptions options)
                    {
                        if (UsesOwnOptions(options))
                        {
                            {{FastPathEmitter.HandlerName(info)}}(writer, value);
                            return;
                        }

                        switch (value)
                        {
            """);
        int index = 0;
        foreach (DerivedTypeSpec derived in polymorphism.DerivedTypes.Where(d => d.IsDirect))
        {
            string derivedType = "api::" + derived.TypeName;
            writer.WriteLine("                case " + derivedType + " derived" + index + ":");
            writer.WriteLine("                    " + Json + "JsonSerializer.Serialize(writer, derived" + index + ", TypeInfoOf<" + derivedType + ">(options));");
            writer.WriteLine("                    return;");
            index++;
        }

        writer.WriteLines($$"""
                        }

                        {{Json}}JsonSerializer.Serialize(writer, value, Exact(options));
                    }

                    private {{Meta}}JsonTypeInfo<{{typeName}}> Exact({{Json}}JsonSerializerOptions options) => _exact ??= CreateExact_{{info}}(options);
                }
            """);
    }

    /// <summary>One <c>if</c> per class that has tags, returning what <paramref name="read"/> reads.</summary>
    private static void WriteTagCases(SourceWriter writer, PolymorphismSpec polymorphism, System.Func<DerivedTypeSpec, string> read)
    {
        bool first = true;
        foreach (DerivedTypeSpec derived in polymorphism.DerivedTypes.Where(d => d.Tags.Count > 0))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            writer.WriteLine("                if (" + string.Join(" || ", derived.Tags.Select(t => "tag.ValueTextEquals(" + DocComments.Literal(t) + ")")) + ")");
            writer.WriteLine("                {");
            writer.WriteLine("                    return " + read(derived) + ";");
            writer.WriteLine("                }");
        }
    }

    private static TypeRef Ref(string typeName) => new() { Kind = TypeRefKind.Generated, Name = typeName };
}
