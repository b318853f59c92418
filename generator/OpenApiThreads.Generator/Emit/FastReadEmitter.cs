using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The reading fast path: a <c>Read_X</c> method per generated type that reads straight from the
/// <c>Utf8JsonReader</c>. System.Text.Json has no deserialisation hook for source-generated metadata, so the
/// metadata stays what <c>JsonSerializer.Deserialize</c> uses; these methods serve the places that call them
/// directly: union branches (which would otherwise start a second serializer per value), the client's response
/// bodies and streamed events. They must read exactly what the metadata reads: the same properties, null where the
/// metadata gives null, unknown properties kept, a missing required property a <c>JsonException</c> naming it.
/// </summary>
internal static class FastReadEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string Token = Json + ".JsonTokenType";

    public static string ReaderName(TypeRef type) => "Read_" + type.InfoName;

    /// <summary>The reader of a generated enum or union: its converter, without the serializer around it.</summary>
    public static void WriteForConverter(SourceWriter writer, TypeRef type, string ns)
    {
        string typeName = type.ToCSharp(ns);
        if (type.IsNullable && type.IsValueType)
        {
            TypeRef underlying = type.AsNonNullable();
            writer.WriteLines($$"""

                    internal static {{typeName}} {{ReaderName(type)}}(ref {{Json}}.Utf8JsonReader reader, {{Json}}.JsonSerializerOptions options)
                        => reader.TokenType == {{Token}}.Null ? default({{typeName}}) : {{ReaderName(underlying)}}(ref reader, options);
                """);
            return;
        }

        string converter = type.IsValueType
            ? Metadata.StringEnumSupport.Read(typeName)
            : "ConverterOf<" + typeName.TrimEnd('?') + ".Converter>.Instance.Read(ref reader, typeof(" + typeName.TrimEnd('?') + "), options)";

        // A reference type's converter never sees JSON null: the serializer gives null without asking it.
        string body = type.IsValueType ? converter : "reader.TokenType == " + Token + ".Null ? null : " + converter;
        string returns = type.IsValueType ? typeName : typeName.TrimEnd('?') + "?";
        writer.WriteLines($$"""

                internal static {{returns}} {{ReaderName(type)}}(ref {{Json}}.Utf8JsonReader reader, {{Json}}.JsonSerializerOptions options)
                    => {{body}};
            """);
    }

    public static void WriteForObject(SourceWriter writer, ObjectSpec shape, TypeRef type, string ns)
    {
        string typeName = type.ToCSharp(ns).TrimEnd('?');
        string info = type.InfoName;
        var required = shape.Properties.Select((p, i) => (Property: p, Index: i)).Where(p => p.Property.IsRequired).ToList();
        int words = (required.Count + 63) / 64;

        writer.WriteLines($$"""

                internal static {{typeName}}? {{ReaderName(type)}}(ref {{Json}}.Utf8JsonReader reader, {{Json}}.JsonSerializerOptions options)
                {
                    if (reader.TokenType == {{Token}}.Null)
                    {
                        return null;
                    }

            """);
        Polymorphism.PolymorphismEmitter.WriteReadDispatch(writer, shape);
        writer.WriteLines($$"""
                    ExpectToken(ref reader, {{Token}}.StartObject, typeof({{typeName}}));
                    var value = new {{typeName}}{{TypeInfoEmitter.Initializer(shape)}};
            """);
        CompositionEmitter.WriteReadStart(writer, shape);
        for (int w = 0; w < words; w++)
        {
            writer.WriteLine("        ulong seen" + w + " = 0;");
        }

        if (shape.AdditionalDataName is not null)
        {
            writer.WriteLine("        global::System.Collections.Generic.Dictionary<string, " + Json + ".JsonElement>? additionalData = null;");
        }

        writer.WriteLines("""
                    while (true)
                    {
                        ReadNext(ref reader);
                        if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)
                        {
                            break;
                        }

            """);
        const string Indent = "            ";
        for (int i = 0; i < shape.Properties.Count; i++)
        {
            PropertySpec property = shape.Properties[i];
            // A UTF-8 literal, not JsonEncodedText: ValueTextEquals compares against the unescaped name.
            writer.WriteLine(Indent + (i == 0 ? "if" : "else if") + " (reader.ValueTextEquals(" + DocComments.Literal(WellFormed(property.JsonName)) + "u8))");
            writer.WriteLine(Indent + "{");
            writer.WriteLine(Indent + "    ReadNext(ref reader);");
            if (property.ConstValue is not null)
            {
                // A fixed value is not read back, as its metadata has no setter.
                writer.WriteLine(Indent + "    reader.Skip();");
            }
            else
            {
                foreach (string line in Value(property.Type, "value." + property.Name, ns, "p" + i + "_", 0))
                {
                    writer.WriteLine(Indent + "    " + line);
                }
            }

            int requiredIndex = required.FindIndex(r => r.Index == i);
            if (requiredIndex >= 0)
            {
                writer.WriteLine(Indent + "    seen" + (requiredIndex / 64) + " |= " + Bit(requiredIndex % 64) + ";");
            }

            writer.WriteLine(Indent + "}");
        }

        string unknown = shape.AdditionalDataName is null
            ? "ReadNext(ref reader);\nreader.Skip();"
            : "string name = reader.GetString()!;\nReadNext(ref reader);\n(additionalData ??= new global::System.Collections.Generic.Dictionary<string, " + Json + ".JsonElement>())[name] = " + Json + ".JsonElement.ParseValue(ref reader);";
        if (shape.Properties.Count > 0)
        {
            writer.WriteLine(Indent + "else");
            writer.WriteLine(Indent + "{");
            foreach (string line in unknown.Split('\n'))
            {
                writer.WriteLine(Indent + "    " + line);
            }

            writer.WriteLine(Indent + "}");
        }
        else
        {
            foreach (string line in unknown.Split('\n'))
            {
                writer.WriteLine(Indent + line);
            }
        }

        writer.WriteLine("        }");
        writer.WriteLine();
        for (int w = 0; w < words; w++)
        {
            int bits = System.Math.Min(64, required.Count - (w * 64));
            string mask = bits == 64 ? "ulong.MaxValue" : "0x" + ((1UL << bits) - 1).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "UL";
            var names = required.Skip(w * 64).Take(64).Select(r => r.Property.JsonName).ToList();
            writer.WriteLine("        if (seen" + w + " != " + mask + ")");
            writer.WriteLine("        {");
            writer.WriteLine("            throw MissingRequired(typeof(" + typeName + "), seen" + w + ", new[] { " + string.Join(", ", names.Select(DocComments.Literal)) + " });");
            writer.WriteLine("        }");
            writer.WriteLine();
        }

        CompositionEmitter.WriteReadEnd(writer, shape, info);
        if (shape.AdditionalDataName is { } additionalDataName)
        {
            writer.WriteLine("        if (additionalData is not null)");
            writer.WriteLine("        {");
            writer.WriteLine("            value." + additionalDataName + " = additionalData;");
            writer.WriteLine("        }");
            writer.WriteLine();
        }

        writer.WriteLine("        return value;");
        writer.WriteLine("    }");
    }

    /// <summary>
    /// The name with each lone surrogate as U+FFFD: a UTF-8 literal must be valid UTF-16 (CS9026), and U+FFFD is what
    /// the name's UTF-8 bytes hold for one anyway.
    /// </summary>
    private static string WellFormed(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                builder.Append(c).Append(name[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static string Bit(int index) => "0x" + (1UL << index).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "UL";

    /// <summary>
    /// The statements that read the value at the reader into <paramref name="target"/>, as the metadata would: JSON
    /// null gives null wherever the C# type can hold it, and a wrong token is a JsonException.
    /// </summary>
    // Locals carry the property and depth, as in the writing fast path: two properties' locals share a method.
    private static IEnumerable<string> Value(TypeRef type, string target, string ns, string prefix, int depth)
    {
        string bang = type.IsValueType ? string.Empty : "!";
        switch (type.Kind)
        {
            case TypeRefKind.Generated:
                yield return target + " = " + ReaderName(type) + "(ref reader, options)" + bang + ";";
                yield break;
            case TypeRefKind.BuiltIn:
                string read = type.Facts.ReadCall ?? Json + ".Serialization.Metadata.JsonMetadataServices." + type.Facts.ConverterName + ".Read(ref reader, typeof(" + type.AsNonNullable().ToCSharp(ns).TrimEnd('?') + "), options)";
                bool nullable = type.IsValueType ? type.IsNullable : type.Primitive != PrimitiveKind.String;
                yield return nullable
                    ? target + " = reader.TokenType == " + Token + ".Null ? null" + bang + " : " + read + bang + ";"
                    : target + " = " + read + bang + ";";
                yield break;
        }

        bool isList = type.Kind == TypeRefKind.List;
        string element = type.Element!.ToCSharp(ns);
        string collection = (isList ? "list" : "map") + prefix + depth;
        string item = "item" + prefix + depth;
        yield return "if (reader.TokenType == " + Token + ".Null)";
        yield return "{";
        yield return "    " + target + " = null!;";
        yield return "}";
        yield return "else";
        yield return "{";
        yield return "    ExpectToken(ref reader, " + Token + "." + (isList ? "StartArray" : "StartObject") + ", typeof(" + type.AsNonNullable().ToCSharp(ns) + "));";
        yield return "    var " + collection + " = new " + type.ConcreteCollection(ns) + "();";
        yield return "    while (true)";
        yield return "    {";
        yield return "        ReadNext(ref reader);";
        yield return "        if (reader.TokenType == " + Token + "." + (isList ? "EndArray" : "EndObject") + ")";
        yield return "        {";
        yield return "            break;";
        yield return "        }";
        yield return string.Empty;
        if (!isList)
        {
            yield return "        string key" + prefix + depth + " = reader.GetString()!;";
            yield return "        ReadNext(ref reader);";
        }

        yield return "        " + element + " " + item + ";";
        foreach (string line in Value(type.Element!, item, ns, prefix, depth + 1))
        {
            yield return "        " + line;
        }

        yield return isList
            ? "        " + collection + ".Add(" + item + ");"
            : "        " + collection + "[key" + prefix + depth + "] = " + item + ";";
        yield return "    }";
        yield return string.Empty;
        yield return "    " + target + " = " + collection + ";";
        yield return "}";
    }
}
