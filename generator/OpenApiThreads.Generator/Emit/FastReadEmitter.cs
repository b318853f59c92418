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
    private const string Json = "json::";
    private const string Token = Json + "JsonTokenType";

    public static string ReaderName(TypeRef type) => "Read_" + type.InfoName;

    /// <summary>The reader of a generated enum or union: its converter, without the serializer around it.</summary>
    public static void WriteForConverter(SourceWriter writer, TypeRef type)
    {
        string typeName = type.ToCSharp();
        if (type.IsNullable && type.IsValueType)
        {
            TypeRef underlying = type.AsNonNullable();
            writer.WriteLines($$"""

                    internal static {{typeName}} {{ReaderName(type)}}(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options)
                        => reader.TokenType == {{Token}}.Null ? default({{typeName}}) : {{ReaderName(underlying)}}(ref reader, options);
                """);
            return;
        }

        // A reference type's converter never sees JSON null (the serializer gives null without asking it): ReadWith
        // gives it too.
        string returns = type.IsValueType ? typeName : typeName.TrimEnd('?') + "?";
        string plain = typeName.TrimEnd('?');
        writer.WriteLines($$"""

                internal static {{returns}} {{ReaderName(type)}}(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options)
                    => {{(type.IsValueType ? Metadata.StringEnumSupport.Read(plain) : "ReadWith<" + plain + ", " + plain + ".Converter>(ref reader, options)")}};
            """);
    }

    public static void WriteForObject(SourceWriter writer, ObjectSpec shape, TypeRef type, string ns)
    {
        string typeName = type.ToCSharp().TrimEnd('?');
        string info = type.InfoName;
        string table = Reading.PropertyTableSupport.FieldName(info);
        writer.WriteLines($$"""

                private static PropertyTable? {{table}};

                internal static {{typeName}}? {{ReaderName(type)}}(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options)
                {
                    var properties = new PropertyReader({{table}} ??= {{Reading.PropertyTableSupport.Construction(shape, typeName)}});
                    if (!properties.StartObject(ref reader)) return null;

            """);
        Polymorphism.PolymorphismEmitter.WriteReadDispatch(writer, shape);
        writer.WriteLine("        var value = new " + typeName + TypeInfoEmitter.Initializer(shape) + ";");
        CompositionEmitter.WriteReadStart(writer, shape);
        if (shape.Properties.Count == 0)
        {
            writer.WriteLine("        properties.ReadToEnd(ref reader);");
        }
        else
        {
            // Next keeps or skips what the type does not declare, so the switch only sees the declared properties.
            writer.WriteLine("        while (properties.Next(ref reader))");
            writer.WriteLine("        {");
            writer.WriteLine("            switch (properties.Index)");
            writer.WriteLine("            {");
            for (int i = 0; i < shape.Properties.Count; i++)
            {
                PropertySpec property = shape.Properties[i];

                // A fixed value is not read back, as its metadata has no setter.
                string read = property.ConstValue is not null
                    ? "reader.Skip();"
                    : Reading.ValueReads.Assignment(property.Type, "value." + property.Name, ns);
                writer.WriteLine("                case " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + read + " break;");
            }

            writer.WriteLine("            }");
            writer.WriteLine("        }");
        }

        writer.WriteLine();
        if (shape.AdditionalDataName is not null && shape.Composition is null)
        {
            writer.WriteLine("        return properties.Finish(value);");
            writer.WriteLine("    }");
            return;
        }

        if (shape.Properties.Any(p => p.IsRequired))
        {
            writer.WriteLine("        properties.CheckRequired();");
        }

        if (shape.AdditionalDataName is { } bag)
        {
            writer.WriteLine("        value." + bag + " = properties.Unknown;");
        }

        CompositionEmitter.WriteReadEnd(writer, shape, info);
        writer.WriteLine("        return value;");
        writer.WriteLine("    }");
    }
}
