using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// An object schema → a class with one property per JSON property it declares; a class that extends another (allOf)
/// declares only what it adds.
/// </summary>
internal static class ObjectEmitter
{
    /// <param name="fieldKeyword">Whether a tracked property keeps its value in C# 14's <c>field</c> rather than a declared one.</param>
    public static void Emit(SourceWriter writer, ObjectSpec spec, EmitHeader header, bool fieldKeyword)
    {
        TypeEmitter.WriteTypeDocs(writer, spec);
        string modifiers = spec.IsInheritable ? " partial class " : " sealed partial class ";
        string baseClass = spec.BaseName is null ? string.Empty : " : " + NamespaceAliases.Api + spec.BaseName;
        if (spec.AdditionalDataName is not null && !spec.AdditionalDataInherited)
        {
            // The metadata reaches the extension data through this internal interface (MetadataHelpers).
            baseClass += (baseClass.Length == 0 ? " : " : ", ") + NamespaceAliases.Api + header.ContextName + "." + Metadata.MetadataHelpers.ExtensionDataInterface;
        }

        writer.WriteLine(header.Accessibility + modifiers + spec.Name + baseClass);
        writer.OpenBlock();
        bool first = true;
        if (spec.OwnTag is { } tag)
        {
            // Readers of a base class need the tag to know what a value is; a new value carries its class's.
            writer.WriteLine("/// <summary>Creates a value whose " + tag.PropertyName + " says it is a " + spec.Name + ": <c>" + DocComments.OneLine(tag.Value) + "</c>.</summary>");
            writer.WriteLine("public " + spec.Name + "()");
            writer.OpenBlock();
            string value = tag.EnumType is null ? DocComments.Literal(tag.Value) : "new api::" + tag.EnumType + "(" + DocComments.Literal(tag.Value) + ")";
            writer.WriteLine(tag.PropertyName + " = " + value + ";");
            writer.CloseBlock();
            first = false;
        }

        foreach (PropertySpec property in spec.Properties)
        {
            if (property.InheritedFrom is not null)
            {
                continue;
            }

            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteProperty(writer, property, header, setByConstructor: spec.OwnTag?.PropertyName == property.Name, fieldKeyword);
        }

        if (spec.Composition is { } composition)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            CompositionEmitter.WriteProperty(writer, composition, header);
        }

        if (spec.AdditionalDataName is { } additionalData && !spec.AdditionalDataInherited)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            // The interface says once what the bag holds (README, Schema constructs, says why it is kept); a bag
            // renamed because a JSON property took the name implements it explicitly, so it spells the summary out.
            writer.WriteLine(additionalData == Metadata.MetadataHelpers.DefaultExtensionDataName ? "/// <inheritdoc/>" : "/// <summary>" + Metadata.MetadataHelpers.ExtensionDataSummary + "</summary>");
            writer.WriteLine("public " + BuiltInTypes.AdditionalData.ToCSharp() + " " + additionalData + " { get; set; }");
            if (additionalData != Metadata.MetadataHelpers.DefaultExtensionDataName)
            {
                // A JSON property took the usual name, so the interface's property is implemented explicitly.
                writer.WriteLine();
                writer.WriteLine(BuiltInTypes.AdditionalData.ToCSharp() + " " + NamespaceAliases.Api + header.ContextName + "." + Metadata.MetadataHelpers.ExtensionDataInterface + "." + Metadata.MetadataHelpers.DefaultExtensionDataName + " { get => " + additionalData + "; set => " + additionalData + " = value; }");
            }
        }

        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, PropertySpec property, EmitHeader header, bool setByConstructor, bool fieldKeyword)
    {
        DocComments.WriteSummary(writer, property.Description);
        if (property.ConstValue is not null)
        {
            DocComments.WriteElement(writer, "remarks", "Always `" + property.ConstValue + "`: always written, never read.");
        }
        else if (property.TracksPresence)
        {
            DocComments.WriteElement(writer, "remarks", "Not sent unless set" + (property.DefaultJson is null ? string.Empty : " (the server's default: `" + property.DefaultJson + "`)") + "; null is sent as JSON null.");
        }
        else if (property.DefaultJson is not null)
        {
            DocComments.WriteElement(writer, "remarks", "When left unset, the server uses its default: `" + property.DefaultJson + "`.");
        }

        if (property.Deprecated && property.IsRequired)
        {
            // C# forbids [Obsolete] on a required member (CS9042); the schema still requires it, so say it in the docs.
            DocComments.WriteElement(writer, "remarks", "The API marks this property as deprecated, but still requires it.");
        }
        else if (property.Deprecated)
        {
            writer.WriteLine(DocComments.ObsoleteAttribute("property"));
        }

        string type = property.Type.ToCSharp();
        if (property.ConstValue is not null)
        {
            writer.WriteLine("public " + type + " " + property.Name + " => " + DocComments.Literal(property.ConstValue) + ";");
            return;
        }

        if (property.TracksPresence)
        {
            // The flag is internal for the JSON metadata. "__" keeps the fields clear of any name the naming pass
            // produces, and their different suffixes keep them clear of each other's for any two property names.
            // Under C# 14 the value lives in the property's own backing field (field), so only the flag is declared.
            if (fieldKeyword)
            {
                writer.WriteLine("public " + type + " " + property.Name + " { get; set { field = value; __" + property.Name + "IsSet = true; } }");
            }
            else
            {
                writer.WriteLine("public " + type + " " + property.Name + " { get => __" + property.Name + "Value; set { __" + property.Name + "Value = value; __" + property.Name + "IsSet = true; } }");
                writer.WriteLine("private " + type + " __" + property.Name + "Value;");
            }

            writer.WriteLine("internal bool __" + property.Name + "IsSet;");
            return;
        }

        // A discriminator the constructor sets is required in JSON but not of the caller.
        string required = property.IsRequired && !setByConstructor ? "required " : string.Empty;
        writer.WriteLine("public " + required + type + " " + property.Name + " { get; set; }");
    }
}
