using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit.Metadata;

/// <summary>
/// An object's property list: one <c>Add</c> call per property, with the getter and setter lambdas System.Text.Json's
/// contract needs, in the object's metadata factory (in its shard of the context, <see cref="ContextShards"/>, so
/// OpenAI's 13,000 lambdas compile on every core).
/// </summary>
internal static class PropertyListEmitter
{
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
