using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The JsonTypeInfo for one runtime type: a cached property on the context and the factory the context's resolver
/// calls, in the shape System.Text.Json's source generator uses.
/// </summary>
internal static class TypeInfoEmitter
{
    private const string Meta = "global::System.Text.Json.Serialization.Metadata";
    private const string Services = Meta + ".JsonMetadataServices";
    private const string Json = "global::System.Text.Json";

    public static string Emit(TypeInfoEmitItem item)
    {
        EmitHeader header = item.Header;
        TypeRef type = item.Type;
        string ns = header.Namespace;
        string typeName = type.ToCSharp(ns);
        string info = type.InfoName;
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            partial class {{header.ContextName}}
            {
                private {{Meta}}.JsonTypeInfo<{{typeName}}>? _{{info}};

                /// <summary>JSON metadata for {{DocType(type, ns)}}.</summary>
                public {{Meta}}.JsonTypeInfo<{{typeName}}> {{info}} => _{{info}} ??= Reached<{{typeName}}>(Create_{{info}});

                private static {{Meta}}.JsonTypeInfo<{{typeName}}> Create_{{info}}({{Json}}.JsonSerializerOptions options)
                {
            """);
        foreach (TypeRef reached in item.Reaches)
        {
            writer.WriteLine("        Reach(typeof(" + reached.ToCSharp(ns).TrimEnd('?') + (reached.IsNullable && reached.IsValueType ? "?" : string.Empty) + "), Create_" + reached.InfoName + ");");
        }

        if (item.ObjectShape is { } shape)
        {
            if (shape.Composition is null)
            {
                Polymorphism.PolymorphismEmitter.WriteInfoStart(writer, shape, typeName, info);
                WriteObject(writer, shape, typeName, info, ns, item.Writes);
            }
            else
            {
                CompositionEmitter.WriteTypeInfo(writer, shape, typeName, info, ns);
            }

            if (item.Writes)
            {
                writer.WriteLine();
                FastPathEmitter.Write(writer, shape, typeName, info, ns, item.ObjectTypes);
            }

            if (item.Reads)
            {
                FastReadEmitter.WriteForObject(writer, shape, type, ns);
            }

            Polymorphism.PolymorphismEmitter.WriteConverter(writer, shape, typeName, info, ns);
        }
        else
        {
            writer.WriteLine("        return " + Services + ".Create" + Factory(type, ns) + ";");
            writer.WriteLine("    }");
            if (type.Kind == TypeRefKind.Generated && item.Reads)
            {
                FastReadEmitter.WriteForConverter(writer, type, ns);
            }
        }

        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }

    /// <summary>The <c>JsonMetadataServices.CreateXInfo(…)</c> call for a type that is not an object.</summary>
    private static string Factory(TypeRef type, string ns)
    {
        string typeName = type.ToCSharp(ns);
        if (type.IsNullable && type.IsValueType)
        {
            string underlying = type.AsNonNullable().ToCSharp(ns);
            return "ValueInfo<" + typeName + ">(options, " + Services + ".GetNullableConverter<" + underlying + ">(TypeInfoOf<" + underlying + ">(options)))";
        }

        switch (type.Kind)
        {
            case TypeRefKind.List:
                return "IListInfo<" + typeName + ", " + type.Element!.ToCSharp(ns) + ">(options, new " + Meta + ".JsonCollectionInfoValues<" + typeName + "> { ObjectCreator = static () => new " + type.ConcreteCollection(ns) + "() })";
            case TypeRefKind.Map:
                return "IDictionaryInfo<" + typeName + ", string, " + type.Element!.ToCSharp(ns) + ">(options, new " + Meta + ".JsonCollectionInfoValues<" + typeName + "> { ObjectCreator = static () => new " + type.ConcreteCollection(ns) + "() })";
            case TypeRefKind.Generated:
                return "ValueInfo<" + typeName + ">(options, new " + typeName + ".Converter())";
            default:
                return "ValueInfo<" + typeName + ">(options, " + Services + "." + type.Facts.ConverterName + ")";
        }
    }

    private static void WriteObject(SourceWriter writer, ObjectSpec shape, string typeName, string info, string ns, bool writes)
    {
        // C spells the cast once for every accessor: a static local function, which the JIT inlines.
        string cast = shape.Properties.Count > 0 || shape.AdditionalDataName is not null
            ? "static " + typeName + " C(object o) => (" + typeName + ")o;\n        "
            : string.Empty;
        writer.WriteLines($$"""
                    return ObjectMetadata(options, static () => new {{typeName}}{{Initializer(shape)}}, Properties_{{info}}, {{(writes ? FastPathEmitter.HandlerName(info) : "null")}});
                }

                private static {{Meta}}.JsonPropertyInfo[] Properties_{{info}}({{Json}}.JsonSerializerOptions options)
                {
                    {{cast}}global::System.Type d = typeof({{typeName}});
                    return new {{Meta}}.JsonPropertyInfo[]
                    {
            """);
        foreach (PropertySpec property in shape.Properties)
        {
            string access = "C(o)." + property.Name;
            string setter = property.ConstValue is not null ? "null" : "static (o, v) => " + access + " = v!";
            var flags = new System.Collections.Generic.List<string>();
            if (property.IsRequired)
            {
                flags.Add("MetadataFlags.Required");
            }

            if (!property.IsRequired && property.ConstValue is null && !property.TracksPresence)
            {
                flags.Add("MetadataFlags.SkipNull");
            }

            string flagText = flags.Count == 0 ? (property.TracksPresence ? ", MetadataFlags.None" : string.Empty) : ", " + string.Join(" | ", flags);
            string presence = property.TracksPresence ? ", static (o, _) => C(o).__" + property.Name + "IsSet" : string.Empty;
            writer.WriteLine("            PropertyMetadata<" + property.Type.ToCSharp(ns) + ">(options, " + DeclaringType(property.InheritedFrom, "d", ns) + ", " + DocComments.Literal(property.Name) + ", " + DocComments.Literal(property.JsonName)
                + ", static o => " + access + ", " + setter + flagText + presence + "),");
        }

        if (shape.AdditionalDataName is { } additionalData)
        {
            string declaringType = shape.AdditionalDataInherited ? "typeof(global::" + ns + "." + shape.BaseName + ")" : "d";
            string access = "C(o)." + additionalData;
            writer.WriteLine("            PropertyMetadata<" + BuiltInTypes.AdditionalData.ToCSharp(ns) + ">(options, " + declaringType + ", " + DocComments.Literal(additionalData) + ", null, static o => " + access + ", static (o, v) => " + access + " = v, MetadataFlags.ExtensionData),");
        }

        writer.WriteLines("""
                    };
                }
            """);
    }

    /// <summary>
    /// What follows <c>new T</c> when creating an object to read into: required members must be set in an object
    /// initializer; the JSON then overwrites them, and a missing one is an error that names it.
    /// </summary>
    internal static string Initializer(ObjectSpec shape)
    {
        string required = string.Join(", ", shape.Properties.Where(p => p.IsRequired).Select(p => p.Name + " = default!"));
        return required.Length == 0 ? "()" : " { " + required + " }";
    }

    /// <summary>The class that declares a property: a base class for an inherited one, as STJ's own metadata says.</summary>
    private static string DeclaringType(string? inheritedFrom, string own, string ns)
        => inheritedFrom is null ? own : "typeof(global::" + ns + "." + inheritedFrom + ")";

    /// <summary>A cref for a plain type; a list, map, nullable or array (which a cref cannot name) as code.</summary>
    private static string DocType(TypeRef type, string ns)
        => type.Kind is TypeRefKind.List or TypeRefKind.Map || (type.IsNullable && type.IsValueType) || type.Name.EndsWith("[]", System.StringComparison.Ordinal)
            ? "<c>" + DocComments.Escape(type.ToCSharp(ns).Replace("global::System.Collections.Generic.", string.Empty).Replace("global::" + ns + ".", string.Empty).Replace("global::", string.Empty)) + "</c>"
            : "<see cref=\"" + type.ToCSharp(ns).TrimEnd('?') + "\"/>";
}
