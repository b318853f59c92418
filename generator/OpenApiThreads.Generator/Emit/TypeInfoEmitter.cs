using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The JsonTypeInfo for one runtime type, in the shape System.Text.Json's source generator uses: the factory the
/// context's resolver calls, in the type's shard of the context (<see cref="ContextShards"/>), with the object's reader
/// and writer beside it; the context file lists the cached property that calls it (<see cref="WriteProperty"/>).
/// </summary>
internal static class TypeInfoEmitter
{
    private const string Meta = "metadata::";
    private const string Services = Meta + "JsonMetadataServices";
    private const string Json = "json::";

    public static string Emit(TypeInfoEmitItem item)
    {
        EmitHeader header = item.Header;
        TypeRef type = item.Type;
        string ns = header.Namespace;
        string typeName = type.ToCSharp();
        string info = type.InfoName;
        SourceWriter writer = FileHeader.Start(header);
        bool isObject = item.ObjectShape is { Composition: null };
        string signature = "internal static " + Meta + "JsonTypeInfo<" + typeName + "> Create_" + info + "(" + Json + "JsonSerializerOptions options)";
        writer.WriteLine("partial class " + header.ContextName);
        writer.WriteLine("{");
        writer.WriteLine("    internal static partial class " + ContextShards.Of(info));
        writer.WriteLine("    {");
        writer.Indent();

        // An object's properties make their own types known as they are listed (PropertyList); what else a
        // factory reaches (a union's branches, a base's subclasses, a composed object's parts) it makes known first.
        // Lists, maps and nullables make their element known in their helper.
        bool helperReaches = type.Kind is TypeRefKind.List or TypeRefKind.Map || (type.IsNullable && type.IsValueType);
        var reaches = helperReaches ? new List<TypeRef>() : item.Reaches.Where(r => !isObject || !SelfReached(item.ObjectShape!).Contains(r)).ToList();
        if (item.ObjectShape is null && reaches.Count == 0)
        {
            writer.WriteLine("    " + signature);
            writer.WriteLine("        => " + Factory(type) + ";");
            if (type.Kind == TypeRefKind.Generated && item.Reads)
            {
                FastReadEmitter.WriteForConverter(writer, type);
            }

            return Finish(writer);
        }

        writer.WriteLine("    " + signature);
        writer.WriteLine("    {");
        foreach (TypeRef reached in reaches)
        {
            writer.WriteLine("        Reach(Create_" + reached.InfoName + ");");
        }

        if (item.ObjectShape is { } shape)
        {
            if (shape.Composition is null)
            {
                Polymorphism.PolymorphismEmitter.WriteInfoStart(writer, shape, typeName, info);
                WriteObject(writer, shape, typeName, info, item.Writes);
            }
            else
            {
                CompositionEmitter.WriteTypeInfo(writer, shape, typeName, info);
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

            Polymorphism.PolymorphismEmitter.WriteConverter(writer, shape, typeName, info);
        }
        else
        {
            writer.WriteLine("        return " + Factory(type) + ";");
            writer.WriteLine("    }");
            if (type.Kind == TypeRefKind.Generated && item.Reads)
            {
                FastReadEmitter.WriteForConverter(writer, type);
            }
        }

        return Finish(writer);
    }

    private static string Finish(SourceWriter writer)
    {
        writer.Unindent();
        writer.WriteLine("    }");
        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }

    /// <summary>
    /// The context's cached metadata property for <paramref name="type"/>, as System.Text.Json's generator writes it.
    /// Only a list, map, nullable or array gets a summary, which spells the type its name abbreviates; for any other
    /// type the name and the property's type say it all.
    /// </summary>
    public static void WriteProperty(SourceWriter writer, TypeRef type, bool usesFieldKeyword)
    {
        string typeName = type.ToCSharp();
        string info = type.InfoName;
        if (!usesFieldKeyword)
        {
            writer.WriteLine("    private " + Meta + "JsonTypeInfo<" + typeName + ">? _" + info + ";");
        }

        if (IsSpelledOut(type))
        {
            writer.WriteLine("    /// <summary>JSON metadata for <c>" + DocComments.Escape(NamespaceAliases.Unqualified(type.ToCSharp())) + "</c>.</summary>");
        }

        writer.WriteLine("    public " + Meta + "JsonTypeInfo<" + typeName + "> " + info + " => " + (usesFieldKeyword ? "field" : "_" + info) + " ??= Reached(Create_" + info + ");");
    }

    /// <summary>The metadata of a type that is not an object, through the context's helpers.</summary>
    private static string Factory(TypeRef type)
    {
        if (type.IsNullable && type.IsValueType)
        {
            TypeRef underlying = type.AsNonNullable();
            return "NullableValueMetadata<" + underlying.ToCSharp() + ">(options, Create_" + underlying.InfoName + ")";
        }

        switch (type.Kind)
        {
            case TypeRefKind.List:
                return "ArrayMetadata<" + type.Element!.ToCSharp() + ">(options, Create_" + type.Element!.RuntimeType.InfoName + ")";
            case TypeRefKind.Map:
                return "MapMetadata<" + type.Element!.ToCSharp() + ">(options, Create_" + type.Element!.RuntimeType.InfoName + ")";
            case TypeRefKind.Generated when type.IsValueType:
                return Metadata.StringEnumSupport.Metadata(type.ToCSharp());
            case TypeRefKind.Generated:
                return Services + ".CreateValueInfo<" + type.ToCSharp() + ">(options, new " + type.ToCSharp() + ".Converter())";
            default:
                return Services + ".CreateValueInfo<" + type.ToCSharp() + ">(options, " + Services + "." + type.Facts.ConverterName + ")";
        }
    }

    /// <summary>
    /// The types an object's property list makes known itself, when its properties are first listed. A base's
    /// subclasses are not among them even when a property holds one: its converter may ask for them first.
    /// </summary>
    private static HashSet<TypeRef> SelfReached(ObjectSpec shape)
    {
        var types = new HashSet<TypeRef>(shape.Properties.Select(p => p.Type.RuntimeType));
        if (shape.AdditionalDataName is not null)
        {
            types.Add(BuiltInTypes.AdditionalData.RuntimeType);
        }

        foreach (Model.Polymorphism.DerivedTypeSpec derived in shape.Polymorphism?.DerivedTypes ?? ImmutableEquatableArray<Model.Polymorphism.DerivedTypeSpec>.Empty)
        {
            types.Remove(new TypeRef { Kind = TypeRefKind.Generated, Name = derived.TypeName }.RuntimeType);
        }

        return types;
    }

    private static void WriteObject(SourceWriter writer, ObjectSpec shape, string typeName, string info, bool writes)
    {
        string start = "        return ObjectMetadata(options, () => new " + typeName + Initializer(shape) + ", " + (writes ? FastPathEmitter.HandlerName(info) : "null") + ", ";
        Metadata.PropertyListEmitter.WriteCalls(writer, shape, typeName, "        ", start + "properties => properties", "            ", ");");
        writer.WriteLine("    }");
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

    /// <summary>Whether a type's name abbreviates it: a list, map, nullable or array, which a cref cannot name.</summary>
    private static bool IsSpelledOut(TypeRef type)
        => type.Kind is TypeRefKind.List or TypeRefKind.Map || (type.IsNullable && type.IsValueType) || type.Name.EndsWith("[]", System.StringComparison.Ordinal);
}
