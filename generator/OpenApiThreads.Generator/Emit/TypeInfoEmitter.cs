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

                /// <summary>JSON metadata for <see cref="{{DocType(type, ns)}}"/>.</summary>
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
            WriteObject(writer, shape, typeName, info, ns);
            writer.WriteLine();
            FastPathEmitter.Write(writer, shape, typeName, info, ns, item.ObjectTypes);
            FastReadEmitter.WriteForObject(writer, shape, type, ns);
        }
        else
        {
            writer.WriteLine("        return " + Services + ".Create" + Factory(type, ns) + ";");
            writer.WriteLine("    }");
            if (type.Kind == TypeRefKind.Generated)
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

    private static void WriteObject(SourceWriter writer, ObjectSpec shape, string typeName, string info, string ns)
    {
        string initializer = Initializer(shape);
        writer.WriteLines($$"""
                    var objectInfo = new {{Meta}}.JsonObjectInfoValues<{{typeName}}>
                    {
                        ObjectCreator = static () => new {{typeName}}{{initializer}},
                        ObjectWithParameterizedConstructorCreator = null,
                        PropertyMetadataInitializer = _ => Properties_{{info}}(options),
                        ConstructorParameterMetadataInitializer = null,
                        SerializeHandler = {{FastPathEmitter.HandlerName(info)}},
                    };
                    return {{Services}}.CreateObjectInfo<{{typeName}}>(options, objectInfo);
                }

                private static {{Meta}}.JsonPropertyInfo[] Properties_{{info}}({{Json}}.JsonSerializerOptions options)
                {
                    var properties = new {{Meta}}.JsonPropertyInfo[{{shape.Properties.Count + (shape.AdditionalDataName is null ? 0 : 1)}}];
            """);
        for (int i = 0; i < shape.Properties.Count; i++)
        {
            PropertySpec property = shape.Properties[i];
            string propertyType = property.Type.ToCSharp(ns);
            string setter = property.ConstValue is not null ? "null" : "static (obj, value) => ((" + typeName + ")obj)." + property.Name + " = value!";
            string ignore = property.IsRequired || property.ConstValue is not null || property.TracksPresence ? "null" : Json + ".Serialization.JsonIgnoreCondition.WhenWritingNull";
            string declaringType = DeclaringType(property.InheritedFrom, typeName, ns);
            writer.WriteLines($$"""

                        properties[{{i}}] = {{Services}}.CreatePropertyInfo<{{propertyType}}>(options, new {{Meta}}.JsonPropertyInfoValues<{{propertyType}}>
                        {
                            IsProperty = true,
                            IsPublic = true,
                            IsVirtual = false,
                            DeclaringType = typeof({{declaringType}}),
                            Converter = null,
                            Getter = static obj => (({{typeName}})obj).{{property.Name}},
                            Setter = {{setter}},
                            IgnoreCondition = {{ignore}},
                            HasJsonInclude = false,
                            IsExtensionData = false,
                            NumberHandling = null,
                            PropertyName = {{DocComments.Literal(property.Name)}},
                            JsonPropertyName = {{DocComments.Literal(property.JsonName)}},
                        });
                """);
            if (property.IsRequired)
            {
                writer.WriteLine("        properties[" + i + "].IsRequired = true;");
            }

            if (property.TracksPresence)
            {
                writer.WriteLine("        properties[" + i + "].ShouldSerialize = static (obj, _) => ((" + typeName + ")obj).__" + property.Name + "IsSet;");
            }
        }

        if (shape.AdditionalDataName is { } additionalData)
        {
            string mapType = BuiltInTypes.AdditionalData.ToCSharp(ns);
            string declaringType = shape.AdditionalDataInherited ? "global::" + ns + "." + shape.BaseName : typeName;
            writer.WriteLines($$"""

                        properties[{{shape.Properties.Count}}] = {{Services}}.CreatePropertyInfo<{{mapType}}>(options, new {{Meta}}.JsonPropertyInfoValues<{{mapType}}>
                        {
                            IsProperty = true,
                            IsPublic = true,
                            IsVirtual = false,
                            DeclaringType = typeof({{declaringType}}),
                            Converter = null,
                            Getter = static obj => (({{typeName}})obj).{{additionalData}},
                            Setter = static (obj, value) => (({{typeName}})obj).{{additionalData}} = value,
                            IgnoreCondition = null,
                            HasJsonInclude = false,
                            IsExtensionData = true,
                            NumberHandling = null,
                            PropertyName = {{DocComments.Literal(additionalData)}},
                            JsonPropertyName = null,
                        });
                """);
        }

        writer.WriteLines("""

                    return properties;
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
    private static string DeclaringType(string? inheritedFrom, string typeName, string ns)
        => inheritedFrom is null ? typeName : "global::" + ns + "." + inheritedFrom;

    private static string DocType(TypeRef type, string ns)
        => type.Kind is TypeRefKind.List or TypeRefKind.Map || (type.IsNullable && type.IsValueType) || type.Name.EndsWith("[]", System.StringComparison.Ordinal)
            ? "global::System.Object"
            : type.ToCSharp(ns).TrimEnd('?');
}
