using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit.Metadata;

/// <summary>
/// An object's property list: one <c>Add</c> call per property, with the getter and setter lambdas System.Text.Json's
/// contract needs, in a method of one of the context's nested classes (<c>__PropertyLists0</c> to <c>15</c>, chosen by
/// a stable hash of the type's name). The compiler compiles one class's methods, and the lambdas in them, on one
/// thread: in the context itself, OpenAI's lists (13,000 lambdas, the biggest part of its compile) would keep one
/// core busy while the others finish the rest. Each list is a file part of its own, named so the parts of one class
/// sort together, and a batch merges their class blocks (<see cref="OutputFile.Render"/>), so a list costs its method
/// line rather than a class block. "__" keeps the names clear of any the naming pass produces.
/// </summary>
internal static class PropertyListEmitter
{
    public const int Groups = 16;

    public static string Group(string info) => "__PropertyLists" + (StableHash.Of(info) % Groups).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An object with this many accessors (properties other than fixed values) gets a list method; a smaller one is
    /// listed inline in its metadata factory, where a method would cost more text than its lambdas cost the compiler
    /// (on OpenAI's spec, 915 of 1,679 objects, with 82% of the accessors, get a method).
    /// </summary>
    public const int MethodFrom = 3;

    /// <summary>Whether an object's properties are listed in a method of a nested class.</summary>
    public static bool HasList(ObjectSpec shape) => shape.Properties.Count(p => p.ConstValue is null) >= MethodFrom;

    /// <summary>The list method, as the object's metadata factory passes it.</summary>
    public static string Reference(string info) => Group(info) + "." + info;

    public static string Emit(PropertyListEmitItem item)
    {
        ObjectSpec shape = item.Shape;
        SourceWriter writer = FileHeader.Start(item.Header);
        writer.WriteLine("partial class " + item.Header.ContextName);
        writer.WriteLine("{");
        writer.WriteLine("    private static partial class " + Group(item.Type.InfoName));
        writer.WriteLine("    {");
        writer.WriteLine("        internal static PropertyList " + item.Type.InfoName + "(PropertyList properties)");
        writer.WriteLine("        {");

        WriteCalls(writer, shape, item.Type.ToCSharp().TrimEnd('?'), "            ", "            return properties", "                ", ";");

        writer.WriteLine("        }");
        writer.WriteLine("    }");
        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }

    /// <summary>
    /// The calls that list the properties, each on a line of its own after <paramref name="first"/>, and the cast
    /// <c>C</c> to <paramref name="typeName"/> they share, at the indentation of <paramref name="statement"/>. The same rules as the writers: required values always, tracked ones when assigned, other
    /// optional ones when not null.
    /// </summary>
    public static void WriteCalls(SourceWriter writer, ObjectSpec shape, string typeName, string statement, string first, string indent, string end)
    {
        // C spells the cast once for every accessor: a static local function, which the JIT inlines. The lambdas
        // capture nothing, so the compiler caches each delegate once with or without `static`; without it they are
        // 7 bytes shorter (about 100 KB of OpenAI's spec's output).
        if (shape.Properties.Any(p => p.ConstValue is null))
        {
            writer.WriteLine(statement + "static " + typeName + " C(object o) => (" + typeName + ")o;");
        }

        var lines = new List<string> { first };
        foreach (PropertySpec property in shape.Properties)
        {
            lines.Add(indent + Add(property));
        }

        if (shape.AdditionalDataName is { } additionalData)
        {
            // Reached through the interface the class implements (ObjectEmitter), so no lambdas of its own.
            var arguments = new List<string>();
            if (additionalData != MetadataHelpers.DefaultExtensionDataName)
            {
                arguments.Add(DocComments.Literal(additionalData));
            }

            if (shape.AdditionalDataInherited)
            {
                arguments.Add("declaredBy: typeof(api::" + shape.BaseName + ")");
            }

            lines.Add(indent + ".AddExtensionData(" + string.Join(", ", arguments) + ")");
        }

        lines[lines.Count - 1] += end;
        foreach (string line in lines)
        {
            writer.WriteLine(line);
        }
    }

    private static string Add(PropertySpec property)
    {
        var arguments = new List<string> { DocComments.Literal(property.Name), DocComments.Literal(property.JsonName) };
        string method;
        if (property.ConstValue is { } constant)
        {
            // A fixed value needs no accessor: the helper's getter returns the constant the property returns.
            method = "AddFixed";
            arguments.Add(DocComments.Literal(constant));
        }
        else
        {
            // The same rules the writers follow: required values always, tracked ones when assigned, other optional
            // ones when not null.
            string access = "C(o)." + property.Name;
            method = property.IsRequired ? "AddRequired" : property.TracksPresence ? "AddTracked" : "AddOptional";
            arguments.Add("Create_" + property.Type.RuntimeType.InfoName);
            arguments.Add("o => " + access);
            arguments.Add("(o, v) => " + access + " = v!");
            if (property.TracksPresence)
            {
                arguments.Add("(o, _) => C(o).__" + property.Name + "IsSet");
            }
        }

        if (property.InheritedFrom is { } baseName)
        {
            arguments.Add("declaredBy: typeof(api::" + baseName + ")");
        }

        return "." + method + "(" + string.Join(", ", arguments) + ")";
    }
}
