using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The serialisation fast path for an object: a <c>SerializeHandler</c> that writes straight to the
/// <c>Utf8JsonWriter</c>, as System.Text.Json's own generator does. The serializer uses it whenever the options are
/// the context's own, and falls back to the property metadata (which stays complete) otherwise, so both must write
/// the same JSON: the same properties, the same skips, extension data last.
/// </summary>
internal static class FastPathEmitter
{
    private const string Json = "json::";

    public static string HandlerName(string info) => "Serialize_" + info;

    public static void Write(SourceWriter writer, ObjectSpec shape, string typeName, string info, string ns, IReadOnlyCollection<string> objectTypes)
    {
        writer.WriteLines($$"""
                internal static void {{HandlerName(info)}}({{Json}}Utf8JsonWriter writer, {{typeName}}? value)
                {
                    if (value is null) { writer.WriteNullValue(); return; }

            """);
        Polymorphism.PolymorphismEmitter.WriteWriteDispatch(writer, shape, typeName);
        writer.WriteLine("        writer.WriteStartObject();");
        const string Indent = "        ";
        for (int i = 0; i < shape.Properties.Count; i++)
        {
            PropertySpec property = shape.Properties[i];
            string access = "value." + property.Name;
            string name = PropertyNamesEmitter.Reference(property.JsonName);
            List<string> body = OneCall(property.Type, access, name, "p" + i + "_")
                ?? Value(property.Type, access, ns, objectTypes, "p" + i + "_", depth: 0).Prepend("writer.WritePropertyName(" + name + ");").ToList();

            // The same rules as the metadata: required and fixed values always, tracked ones when assigned,
            // other optional ones when not null.
            string? condition = property.IsRequired || property.ConstValue is not null
                ? null
                : property.TracksPresence
                    ? "value.__" + property.Name + "IsSet"
                    : property.Type.IsNullable || !property.Type.IsValueType ? access + " is not null" : null;
            if (condition is null)
            {
                foreach (string line in body)
                {
                    writer.WriteLine(Indent + line);
                }

                continue;
            }

            writer.WriteLine(Indent + "if (" + condition + ")");
            writer.WriteLine(Indent + "{");
            foreach (string line in body)
            {
                writer.WriteLine(Indent + "    " + line);
            }

            writer.WriteLine(Indent + "}");
        }

        if (shape.Composition is not null)
        {
            CompositionEmitter.WriteMerge(writer, shape, info);
        }
        else if (shape.AdditionalDataName is { } additionalData)
        {
            writer.WriteLine(Indent + "WriteAdditionalData(writer, value." + additionalData + ");");
        }

        writer.WriteLines("""
                    writer.WriteEndObject();
                }
            """);
    }

    /// <summary>
    /// A primitive property in one call, as System.Text.Json's own fast path writes it (<c>WriteString(name, value)</c>,
    /// <c>WriteNull(name)</c>); null for any other type, which is written as a name and then a value.
    /// </summary>
    private static List<string>? OneCall(TypeRef type, string expression, string name, string prefix)
    {
        if (type.Kind == TypeRefKind.Generated && type.IsValueType)
        {
            // A string enum is the string it wraps, never null; a null nullable one gives WriteString a null, which
            // it writes as JSON null.
            return ["writer.WriteString(" + name + ", " + expression + (type.IsNullable ? "?" : string.Empty) + ".Value);"];
        }

        if (type.Kind != TypeRefKind.BuiltIn)
        {
            return null;
        }

        if (type.IsNullable && type.IsValueType)
        {
            string local = "v" + prefix + "0";
            return type.Facts.PropertyWriteCall(name, local) is { } call
                ? ["if (" + expression + " is { } " + local + ")", "{", "    " + call, "}", "else", "{", "    writer.WriteNull(" + name + ");", "}"]
                : null;
        }

        return type.Facts.PropertyWriteCall(name, expression) is { } single ? [single] : null;
    }

    /// <summary>The statements that write one value; null is written as JSON null wherever the type allows it.</summary>
    // Locals are named after the property and depth: a pattern variable in an if statement belongs to the
    // enclosing block, so two properties' "v0" would collide.
    private static IEnumerable<string> Value(TypeRef type, string expression, string ns, IReadOnlyCollection<string> objectTypes, string prefix, int depth, bool knownNotNull = false)
    {
        // A list or map of objects or unions is one helper call, which also writes a null one as null.
        if (type.Kind is TypeRefKind.List or TypeRefKind.Map && ItemWriter(type.Element!, ns, objectTypes, prefix, depth) is { } itemWriter)
        {
            yield return (type.Kind == TypeRefKind.List ? "WriteArray" : "WriteMap") + "(writer, " + expression + ", " + itemWriter + ");";
            yield break;
        }

        // Strings, the usual primitive item, have helpers of their own: a loop without a delegate, as fast as one
        // written out here, in one line instead of a dozen (about 60 KB of OpenAI's spec's output).
        if (type.Kind is TypeRefKind.List or TypeRefKind.Map && type.Element! == BuiltInTypes.String)
        {
            yield return (type.Kind == TypeRefKind.List ? "WriteStrings" : "WriteStringMap") + "(writer, " + expression + ");";
            yield break;
        }

        // Collections are checked even when the schema says they cannot be null: a caller can still assign null,
        // and the metadata path writes it as null rather than failing.
        if (!knownNotNull && ((type.IsNullable && type.IsValueType) || type.Kind is TypeRefKind.List or TypeRefKind.Map))
        {
            string local = "v" + prefix + depth;
            yield return "if (" + expression + " is { } " + local + ")";
            yield return "{";
            foreach (string line in Value(type.AsNonNullable(), local, ns, objectTypes, prefix, depth + 1, knownNotNull: true))
            {
                yield return "    " + line;
            }

            yield return "}";
            yield return "else";
            yield return "{";
            yield return "    writer.WriteNullValue();";
            yield return "}";
            yield break;
        }

        switch (type.Kind)
        {
            case TypeRefKind.List:
                // By index: a foreach over IList<T> would box the enumerator on every write.
                string list = "list" + prefix + depth;
                string index = "i" + prefix + depth;
                yield return "writer.WriteStartArray();";
                yield return "generic::IList<" + type.Element!.ToCSharp() + "> " + list + " = " + expression + ";";
                yield return "for (int " + index + " = 0; " + index + " < " + list + ".Count; " + index + "++)";
                yield return "{";
                foreach (string line in Value(type.Element!, list + "[" + index + "]", ns, objectTypes, prefix, depth + 1))
                {
                    yield return "    " + line;
                }

                yield return "}";
                yield return "writer.WriteEndArray();";
                yield break;
            case TypeRefKind.Map:
                // The concrete Dictionary (what reading creates) is enumerated without boxing; any other IDictionary through the interface.
                string pair = "pair" + prefix + depth;
                string element = type.Element!.ToCSharp();
                var entry = new List<string> { "    writer.WritePropertyName(" + pair + ".Key);" };
                foreach (string line in Value(type.Element!, pair + ".Value", ns, objectTypes, prefix, depth + 1))
                {
                    entry.Add("    " + line);
                }

                yield return "writer.WriteStartObject();";
                if (type.Element!.Kind is TypeRefKind.List or TypeRefKind.Map)
                {
                    // Writing the entry twice would double the code at every level of nesting (2^n for maps of
                    // maps): nested collections take the interface's enumerator.
                    yield return "foreach (generic::KeyValuePair<string, " + element + "> " + pair + " in " + expression + ")";
                    yield return "{";
                    foreach (string line in entry)
                    {
                        yield return line;
                    }

                    yield return "}";
                    yield return "writer.WriteEndObject();";
                    yield break;
                }

                yield return "if (" + expression + " is generic::Dictionary<string, " + element + "> concrete" + prefix + depth + ")";
                yield return "{";
                yield return "    foreach (generic::KeyValuePair<string, " + element + "> " + pair + " in concrete" + prefix + depth + ")";
                yield return "    {";
                foreach (string line in entry)
                {
                    yield return "    " + line;
                }

                yield return "    }";
                yield return "}";
                yield return "else";
                yield return "{";
                yield return "    foreach (generic::KeyValuePair<string, " + element + "> " + pair + " in " + expression + ")";
                yield return "    {";
                foreach (string line in entry)
                {
                    yield return "    " + line;
                }

                yield return "    }";
                yield return "}";
                yield return "writer.WriteEndObject();";
                yield break;
            case TypeRefKind.Generated when objectTypes.Contains(type.Name):
                yield return HandlerName(type.AsNonNullable().InfoName) + "(writer, " + expression + ");";
                yield break;
            case TypeRefKind.Generated when type.IsValueType:
                // A string enum (the only generated struct) is the string it wraps.
                yield return Metadata.StringEnumSupport.Write(expression);
                yield break;
            case TypeRefKind.Generated:
                // A union: its converter directly, not the serializer (which would call it anyway).
                string generated = type.AsNonNullable().ToCSharp();
                yield return "WriteWith<" + generated + ", " + generated + ".Converter>(writer, " + expression + (type.IsValueType ? string.Empty : "!") + ");";
                yield break;
        }

        yield return type.Kind == TypeRefKind.BuiltIn ? BuiltIn(type, expression) : Serialize(type, expression);
    }

    /// <summary>
    /// What writes one item of a list or map of objects or unions: the object's generated writer, or a static lambda
    /// that calls the union's converter. Null for any other item, and the collection is written with a loop instead:
    /// a primitive or string enum item costs a few nanoseconds, so the helper's delegate call and shared generic code
    /// would show (a thread with a few metadata entries wrote 10–15% slower through it).
    /// </summary>
    private static string? ItemWriter(TypeRef item, string ns, IReadOnlyCollection<string> objectTypes, string prefix, int depth)
    {
        if (item.Kind != TypeRefKind.Generated || item.IsValueType)
        {
            return null;
        }

        if (objectTypes.Contains(item.Name))
        {
            return HandlerName(item.AsNonNullable().InfoName);
        }

        List<string> lines = Value(item, "item", ns, objectTypes, prefix, depth + 1).ToList();
        return lines.Count == 1 ? "static (writer, item) => " + lines[0].TrimEnd(';') : null;
    }

    // WriteStringValue writes null for a null string, as the string converter does.
    private static string BuiltIn(TypeRef type, string expression) => type.Facts.WriteCall(expression) ?? Serialize(type, expression);

    // The metadata is for the runtime type (string, not string?); a null still reaches the serializer, which writes null.
    private static string Serialize(TypeRef type, string expression)
        => Json + "JsonSerializer.Serialize(writer, " + expression + (type.IsNullable && !type.IsValueType ? "!" : string.Empty) + ", Default." + type.InfoName + ");";
}
