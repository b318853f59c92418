using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// A oneOf/anyOf → a class holding exactly one branch, with <c>IsX</c>/<c>AsX</c> members per branch, implicit
/// conversions from each branch type, and the raw JSON when a value matched no branch (so nothing is lost).
/// </summary>
internal static class UnionEmitter
{
    /// <param name="objectBranches">The branches that are generated objects.</param>
    /// <param name="writtenTypes">Those of them with a fast-path writer, which the converter calls directly.</param>
    /// <param name="readTypes">The generated branches with a generated reader, which the converter calls directly.</param>
    public static void Emit(SourceWriter writer, UnionSpec spec, EmitHeader header, ImmutableEquatableArray<string> objectBranches, ImmutableEquatableArray<string> writtenTypes, ImmutableEquatableArray<string> readTypes)
    {
        // The converter's base and own members could shadow the union's name (a union named Type), so it is qualified there.
        string self = "api::" + spec.Name;
        string context = "api::" + header.ContextName;
        const string Json = "json::";
        TypeEmitter.WriteTypeDocs(writer, spec);
        writer.WriteLine(header.Accessibility + " sealed partial class " + spec.Name + " : api::" + header.UnionBaseName);
        writer.OpenBlock();
        // The converter's reads and FromUnknownJson; the public constructors call the base's directly.
        writer.WriteLines($$"""
            private {{spec.Name}}(int branch, object? value, {{Json}}JsonElement unknown = default) : base(branch, value, unknown) { }
            """);
        for (int i = 0; i < spec.Branches.Count; i++)
        {
            UnionBranchSpec branch = spec.Branches[i];
            int index = i + 1;
            string type = branch.Type.ToCSharp();
            // A reference-type branch goes to the base constructor that refuses null.
            string store = branch.Type.IsValueType ? "value, default" : "value";
            string read = (branch.Type.IsValueType ? "ValueBranch<" : "Branch<") + type + ">(" + index + ")";
            writer.WriteLines($$"""

                public {{spec.Name}}({{type}} value) : base({{index}}, {{store}}) { }

                """);
            if (branch.Type.Kind is not TypeRefKind.List and not TypeRefKind.Map)
            {
                // C# has no user-defined conversions from interfaces, so list and map branches use the constructor.
                writer.WriteLine("public static implicit operator " + spec.Name + "(" + type + " value) => new(value);");
            }

            writer.WriteLine("public bool Is" + branch.Name + " => _branch == " + index + ";");
            writer.WriteLine("public " + type + "? As" + branch.Name + " => " + read + ";");
        }

        writer.WriteLines($$"""

            public static {{spec.Name}} FromUnknownJson({{Json}}JsonElement json) => new(0, null, json.Clone());

            internal sealed class Converter : {{context}}.{{UnionSupport.BaseName}}<{{self}}>
            {
                public override {{self}}? Read(ref {{Json}}Utf8JsonReader reader, global::System.Type typeToConvert, {{Json}}JsonSerializerOptions options)
                {
            """);
        WriteRead(writer, spec, header, readTypes);
        writer.WriteLines($$"""
                }

                public override void Write({{Json}}Utf8JsonWriter writer, {{self}} value, {{Json}}JsonSerializerOptions options)
                {
                    switch (value._branch)
                    {
            """);
        for (int i = 0; i < spec.Branches.Count; i++)
        {
            // A case on one line: a union writes one call per branch (about 40 KB fewer on OpenAI's spec).
            writer.WriteLine("            case " + (i + 1) + ": " + WriteBranch(spec.Branches[i].Type, objectBranches, writtenTypes) + " break;");
        }

        writer.WriteLines("""
                        default:
                            value._unknown.WriteTo(writer);
                            break;
                    }
                }
            """);
        if (spec.ReadPlan.Discriminator is not null && !spec.ReadPlan.FallbackOnly)
        {
            // Each tag with the branch it names; the first that matches wins, as the plan orders them.
            writer.WriteLine();
            writer.WriteLine("    private static readonly (string Tag, int Branch)[] s_tags =");
            writer.WriteLine("    {");
            foreach (ValueCase tags in spec.ReadPlan.Tags)
            {
                foreach (string tag in tags.Values)
                {
                    writer.WriteLine("        (" + DocComments.Literal(tag) + ", " + tags.Branch + "),");
                }
            }

            writer.WriteLine("    };");
        }

        writer.WriteLine("}");
        writer.CloseBlock();
    }

    /// <summary>Prints the <see cref="UnionReadPlan"/>: a switch on the token kind, then on value, tag or shape.</summary>
    private static void WriteRead(SourceWriter writer, UnionSpec spec, EmitHeader header, ImmutableEquatableArray<string> readTypes)
    {
        UnionReadPlan plan = spec.ReadPlan;
        const string Indent = "        ";
        string fallback = plan.Fallback is { } any
            ? Return(any, spec, readTypes)
            : "return FromUnknownJson(json::JsonElement.ParseValue(ref reader));";
        if (plan.FallbackOnly)
        {
            writer.WriteLine(Indent + fallback);
            return;
        }

        writer.WriteLine(Indent + "switch (reader.TokenType)");
        writer.WriteLine(Indent + "{");
        if (plan.String is { } open)
        {
            writer.WriteLine(Indent + "    case json::JsonTokenType.String:");
            if (plan.StringValues.Count > 0)
            {
                writer.WriteLine(Indent + "        switch (reader.GetString())");
                writer.WriteLine(Indent + "        {");
                foreach (ValueCase values in plan.StringValues)
                {
                    foreach (string value in values.Values)
                    {
                        writer.WriteLine(Indent + "            case " + DocComments.Literal(value) + ":");
                    }

                    writer.WriteLine(Indent + "                " + Return(values.Branch, spec, readTypes));
                }

                writer.WriteLine(Indent + "        }");
                writer.WriteLine();
            }

            writer.WriteLine(Indent + "        " + Return(open, spec, readTypes));
        }

        if (plan.Integer is not null || plan.Number is not null)
        {
            writer.WriteLine(Indent + "    case json::JsonTokenType.Number:");
            if (plan.Integer is { } integer)
            {
                writer.WriteLine(Indent + "        if (reader.TryGetInt64(out _))");
                writer.WriteLine(Indent + "        {");
                writer.WriteLine(Indent + "            " + Return(integer, spec, readTypes));
                writer.WriteLine(Indent + "        }");
                writer.WriteLine();
            }

            writer.WriteLine(Indent + "        " + (plan.Number is { } number ? Return(number, spec, readTypes) : "break;"));
        }

        if (plan.Boolean is { } boolean)
        {
            writer.WriteLine(Indent + "    case json::JsonTokenType.True:");
            writer.WriteLine(Indent + "    case json::JsonTokenType.False:");
            writer.WriteLine(Indent + "        " + Return(boolean, spec, readTypes));
        }

        if (plan.Array is { } array)
        {
            writer.WriteLine(Indent + "    case json::JsonTokenType.StartArray:");
            writer.WriteLine(Indent + "        " + Return(array, spec, readTypes));
        }

        if (plan.Discriminator is not null || plan.Objects.Count > 0)
        {
            writer.WriteLine(Indent + "    case json::JsonTokenType.StartObject:");
            WriteObjectCase(writer, spec, header, Indent + "        ", readTypes);
        }

        writer.WriteLine(Indent + "}");
        writer.WriteLine();
        writer.WriteLine(Indent + fallback);
    }

    private static void WriteObjectCase(SourceWriter writer, UnionSpec spec, EmitHeader header, string indent, ImmutableEquatableArray<string> readTypes)
    {
        UnionReadPlan plan = spec.ReadPlan;
        string context = "api::" + header.ContextName;
        if (plan.Discriminator is { } property)
        {
            // The tags are compared where they lie in the JSON, in the plan's order, against the converter's table.
            writer.WriteLine(indent + "switch (BranchOfTag(reader, " + DocComments.Literal(property) + ", s_tags))");
            writer.WriteLine(indent + "{");
            foreach (int branch in plan.Tags.Select(t => t.Branch).Distinct())
            {
                writer.WriteLine(indent + "    case " + branch + ": " + Return(branch, spec, readTypes));
            }

            writer.WriteLine(indent + "}");
            writer.WriteLine();
            writer.WriteLine(indent + "break;");
            return;
        }

        foreach (ObjectCandidate candidate in plan.Objects)
        {
            if (candidate.Unconditional)
            {
                writer.WriteLine(indent + Return(candidate.Branch, spec, readTypes));
                return;
            }

            UnionBranchSpec branch = spec.Branches[candidate.Branch - 1];
            writer.WriteLine(indent + "if (" + context + ".ObjectMatches(reader, "
                + StringArray(branch.RequiredProperties) + ", "
                + StringArray(branch.ConstProperties.Select(c => c.JsonName)) + ", "
                + StringArray(branch.ConstProperties.Select(c => c.Value)) + "))");
            writer.WriteLine(indent + "{");
            writer.WriteLine(indent + "    " + Return(candidate.Branch, spec, readTypes));
            writer.WriteLine(indent + "}");
            writer.WriteLine();
        }

        writer.WriteLine(indent + "break;");
    }

    /// <summary>
    /// <c>return new(1, ReadBranch(…));</c>: the base's <c>ReadBranch</c> reads the branch with its generated
    /// reader when it has one (the serializer, called again, would start a second read state for every union value).
    /// </summary>
    private static string Return(int index, UnionSpec spec, ImmutableEquatableArray<string> readTypes)
    {
        TypeRef branchType = spec.Branches[index - 1].Type;
        string read = branchType.Kind == TypeRefKind.Generated && readTypes.Contains(branchType.Name)
            ? "ReadBranch(ref reader, options, " + FastReadEmitter.ReaderName(branchType) + ")"
            : "ReadBranch<" + branchType.ToCSharp() + ">(ref reader, options)";
        return "return new(" + index + ", " + read + ");";
    }

    /// <summary>
    /// The base's <c>WriteBranch</c> for one branch: under the context's own options an object's generated writer, or an
    /// enum's or union's converter, writes it directly; an object without a writer goes through the serializer.
    /// </summary>
    private static string WriteBranch(TypeRef branchType, ImmutableEquatableArray<string> objectBranches, ImmutableEquatableArray<string> writtenTypes)
    {
        string type = branchType.ToCSharp();
        if (branchType.Kind != TypeRefKind.Generated)
        {
            return "WriteBranch<" + type + ">(writer, value._value, options);";
        }

        if (branchType.IsValueType)
        {
            // A string enum: written as the string it wraps under the context's own options.
            return "WriteBranch<" + type + ">(writer, value._value, options, static (writer, value) => " + Metadata.StringEnumSupport.Write("value").TrimEnd(';') + ");";
        }

        if (!objectBranches.Contains(branchType.Name))
        {
            return "WriteBranch<" + type + ", " + type + ".Converter>(writer, value._value, options);";
        }

        return writtenTypes.Contains(branchType.Name)
            ? "WriteBranch<" + type + ">(writer, value._value, options, " + FastPathEmitter.HandlerName(branchType.AsNonNullable().InfoName) + ");"
            : "WriteBranch<" + type + ">(writer, value._value, options);";
    }

    private static string StringArray(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", list.Select(DocComments.Literal)) + " }";
    }
}
