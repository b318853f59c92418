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
    public static void Emit(SourceWriter writer, UnionSpec spec, EmitHeader header, ImmutableEquatableArray<string> objectBranches)
    {
        string ns = header.Namespace;
        string self = "global::" + ns + "." + spec.Name;
        const string Json = "global::System.Text.Json";
        TypeEmitter.WriteTypeDocs(writer, spec);
        writer.WriteLine(header.Accessibility + " sealed partial class " + spec.Name);
        writer.OpenBlock();
        writer.WriteLines($$"""
            private readonly int _branch;
            private readonly object? _value;
            private readonly {{Json}}.JsonElement _unknown;

            private {{spec.Name}}(int branch, object? value, {{Json}}.JsonElement unknown)
            {
                _branch = branch;
                _value = value;
                _unknown = unknown;
            }
            """);

        for (int i = 0; i < spec.Branches.Count; i++)
        {
            UnionBranchSpec branch = spec.Branches[i];
            int index = i + 1;
            string type = branch.Type.ToCSharp(ns);
            string store = branch.Type.IsValueType ? "value" : "value ?? throw new global::System.ArgumentNullException(nameof(value))";
            string cast = branch.Type.IsValueType ? "(" + type + "?)(" + type + ")_value!" : "(" + type + ")_value!";
            writer.WriteLines($$"""

                /// <summary>Holds the <c>{{branch.Name}}</c> branch.</summary>
                public {{spec.Name}}({{type}} value)
                    : this({{index}}, {{store}}, default)
                {
                }
                """);
            if (branch.Type.Kind is not TypeRefKind.List and not TypeRefKind.Map)
            {
                // C# has no user-defined conversions from interfaces, so list and map branches use the constructor.
                writer.WriteLines($$"""

                    /// <summary>Holds the <c>{{branch.Name}}</c> branch.</summary>
                    public static implicit operator {{self}}({{type}} value) => new(value);
                    """);
            }

            writer.WriteLines($$"""

                /// <summary>Whether this holds the <c>{{branch.Name}}</c> branch.</summary>
                public bool Is{{branch.Name}} => _branch == {{index}};

                /// <summary>The <c>{{branch.Name}}</c> branch, or null when this holds another.</summary>
                public {{type}}? As{{branch.Name}} => _branch == {{index}} ? {{cast}} : null;
                """);
        }

        writer.WriteLines($$"""

            /// <summary>Whether the JSON matched no branch; <see cref="UnknownJson"/> then holds it unchanged.</summary>
            public bool IsUnknown => _branch == 0;

            /// <summary>The JSON that matched no branch, kept so it can be inspected and written back as it was.</summary>
            public {{Json}}.JsonElement? UnknownJson => _branch == 0 ? _unknown : null;

            /// <summary>The branch value, or the unknown JSON as a <see cref="{{Json}}.JsonElement"/>.</summary>
            public object Value => _branch == 0 ? _unknown : _value!;

            /// <summary>Wraps JSON as it is, for a value no branch describes (written back unchanged).</summary>
            public static {{self}} FromUnknownJson({{Json}}.JsonElement json) => new(0, null, json.Clone());

            /// <summary>Chooses the branch while reading, and writes whichever branch is held.</summary>
            internal sealed class Converter : {{Json}}.Serialization.JsonConverter<{{self}}>
            {
                /// <inheritdoc/>
                public override {{self}}? Read(ref {{Json}}.Utf8JsonReader reader, global::System.Type typeToConvert, {{Json}}.JsonSerializerOptions options)
                {
            """);
        WriteRead(writer, spec, header);
        writer.WriteLines($$"""
                }

                /// <inheritdoc/>
                public override void Write({{Json}}.Utf8JsonWriter writer, {{self}} value, {{Json}}.JsonSerializerOptions options)
                {
                    switch (value._branch)
                    {
            """);
        for (int i = 0; i < spec.Branches.Count; i++)
        {
            TypeRef branchType = spec.Branches[i].Type;
            string type = branchType.ToCSharp(ns);
            string serialize = Json + ".JsonSerializer.Serialize(writer, (" + type + ")value._value!, " + Info(header, type) + ");";
            writer.WriteLine("            case " + (i + 1) + ":");
            if (branchType.Kind == TypeRefKind.Generated)
            {
                // With the context's own options, the branch's generated writer (or converter) writes it directly.
                string context = "global::" + ns + "." + header.ContextName;
                string direct = objectBranches.Contains(branchType.Name)
                    ? context + "." + FastPathEmitter.HandlerName(branchType.AsNonNullable().InfoName) + "(writer, (" + type + ")value._value!);"
                    : context + ".WriteWith<" + type + ", " + type + ".Converter>(writer, (" + type + ")value._value!);";
                writer.WriteLine("                if (" + context + ".UsesOwnOptions(options))");
                writer.WriteLine("                {");
                writer.WriteLine("                    " + direct);
                writer.WriteLine("                }");
                writer.WriteLine("                else");
                writer.WriteLine("                {");
                writer.WriteLine("                    " + serialize);
                writer.WriteLine("                }");
            }
            else
            {
                writer.WriteLine("                " + serialize);
            }

            writer.WriteLine("                break;");
        }

        writer.WriteLines("""
                        default:
                            value._unknown.WriteTo(writer);
                            break;
                    }
                }
            }
            """);
        writer.CloseBlock();
    }

    private static void WriteRead(SourceWriter writer, UnionSpec spec, EmitHeader header)
    {
        var indexed = spec.Branches.Select((branch, i) => (Branch: branch, Index: i + 1)).ToList();
        const string Indent = "        ";
        var any = indexed.FirstOrDefault(b => b.Branch.TokenKind == JsonTokenKind.Any);
        string fallback = any.Branch is not null
            ? Return(any, spec, header)
            : "return global::" + header.Namespace + "." + spec.Name + ".FromUnknownJson(global::System.Text.Json.JsonElement.ParseValue(ref reader));";
        if (indexed.All(b => b.Branch.TokenKind == JsonTokenKind.Any))
        {
            // Every branch decides for itself (nested unions, raw JSON): the first one reads the value.
            writer.WriteLine(Indent + fallback);
            return;
        }

        writer.WriteLine(Indent + "switch (reader.TokenType)");
        writer.WriteLine(Indent + "{");

        var strings = indexed.Where(b => b.Branch.TokenKind == JsonTokenKind.String).ToList();
        if (strings.Count > 0)
        {
            writer.WriteLine(Indent + "    case global::System.Text.Json.JsonTokenType.String:");
            if (strings.Count == 1)
            {
                writer.WriteLine(Indent + "        " + Return(strings[0], spec, header));
            }
            else
            {
                // Several string branches: an exact listed value decides; otherwise the open branch (a plain
                // string, or the first enum, which keeps unknown values) takes it.
                var closed = strings.Where(s => s.Branch.StringValues.Count > 0).ToList();
                var seenValues = new HashSet<string>(System.StringComparer.Ordinal);
                if (closed.Count > 0)
                {
                    writer.WriteLine(Indent + "        switch (reader.GetString())");
                    writer.WriteLine(Indent + "        {");
                    foreach (var candidate in closed)
                    {
                        var values = candidate.Branch.StringValues.Where(seenValues.Add).ToList();
                        if (values.Count == 0)
                        {
                            continue;
                        }

                        foreach (string value in values)
                        {
                            writer.WriteLine(Indent + "            case " + DocComments.Literal(value) + ":");
                        }

                        writer.WriteLine(Indent + "                " + Return(candidate, spec, header));
                    }

                    writer.WriteLine(Indent + "        }");
                    writer.WriteLine();
                }
                var open = strings.FirstOrDefault(s => s.Branch.StringValues.Count == 0);
                writer.WriteLine(Indent + "        " + Return(open.Branch is not null ? open : strings[0], spec, header));
            }
        }

        var integers = indexed.Where(b => b.Branch.TokenKind == JsonTokenKind.Integer).ToList();
        var numbers = indexed.Where(b => b.Branch.TokenKind == JsonTokenKind.Number).ToList();
        if (integers.Count + numbers.Count > 0)
        {
            writer.WriteLine(Indent + "    case global::System.Text.Json.JsonTokenType.Number:");
            if (integers.Count > 0)
            {
                writer.WriteLine(Indent + "        if (reader.TryGetInt64(out _))");
                writer.WriteLine(Indent + "        {");
                writer.WriteLine(Indent + "            " + Return(integers[0], spec, header));
                writer.WriteLine(Indent + "        }");
                writer.WriteLine();
            }

            writer.WriteLine(Indent + "        " + (numbers.Count > 0 ? Return(numbers[0], spec, header) : "break;"));
        }

        var booleans = indexed.Where(b => b.Branch.TokenKind == JsonTokenKind.Boolean).ToList();
        if (booleans.Count > 0)
        {
            writer.WriteLine(Indent + "    case global::System.Text.Json.JsonTokenType.True:");
            writer.WriteLine(Indent + "    case global::System.Text.Json.JsonTokenType.False:");
            writer.WriteLine(Indent + "        " + Return(booleans[0], spec, header));
        }

        var arrays = indexed.Where(b => b.Branch.TokenKind == JsonTokenKind.Array).ToList();
        if (arrays.Count > 0)
        {
            writer.WriteLine(Indent + "    case global::System.Text.Json.JsonTokenType.StartArray:");
            writer.WriteLine(Indent + "        " + Return(arrays[0], spec, header));
        }

        var objects = indexed.Where(b => b.Branch.TokenKind == JsonTokenKind.Object).ToList();
        if (objects.Count > 0)
        {
            writer.WriteLine(Indent + "    case global::System.Text.Json.JsonTokenType.StartObject:");
            WriteObjectCase(writer, spec, header, objects, Indent + "        ");
        }

        writer.WriteLine(Indent + "}");
        writer.WriteLine();
        writer.WriteLine(Indent + fallback);
    }

    private static void WriteObjectCase(SourceWriter writer, UnionSpec spec, EmitHeader header, List<(UnionBranchSpec Branch, int Index)> objects, string indent)
    {
        string context = "global::" + header.Namespace + "." + header.ContextName;
        if (spec.DiscriminatorProperty is { } property && objects.Any(o => o.Branch.Tags.Count > 0) && objects.Count > 1)
        {
            // The tag is compared where it lies in the JSON, not copied into a string first.
            writer.WriteLine(indent + "global::System.Text.Json.Utf8JsonReader discriminator = " + context + ".DiscriminatorAt(reader, " + DocComments.Literal(property) + ");");
            writer.WriteLine(indent + "if (discriminator.TokenType == global::System.Text.Json.JsonTokenType.String)");
            writer.WriteLine(indent + "{");
            var seenTags = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var candidate in objects.Where(o => o.Branch.Tags.Count > 0))
            {
                // A tag two branches claim goes to the first, as a switch would have it.
                var tags = candidate.Branch.Tags.Where(seenTags.Add).ToList();
                if (tags.Count == 0)
                {
                    continue;
                }

                writer.WriteLine(indent + "    if (" + string.Join(" || ", tags.Select(t => "discriminator.ValueTextEquals(" + DocComments.Literal(t) + ")")) + ")");
                writer.WriteLine(indent + "    {");
                writer.WriteLine(indent + "        " + Return(candidate, spec, header));
                writer.WriteLine(indent + "    }");
                writer.WriteLine();
            }

            writer.WriteLine(indent + "}");
            writer.WriteLine();
            writer.WriteLine(indent + "break;");
            return;
        }

        if (objects.Count == 1)
        {
            writer.WriteLine(indent + Return(objects[0], spec, header));
            return;
        }

        // No tag: the most specific branch whose required and fixed properties are all present wins.
        foreach (var candidate in objects
            .OrderByDescending(o => o.Branch.ConstProperties.Count)
            .ThenByDescending(o => o.Branch.RequiredProperties.Count)
            .ThenBy(o => o.Index))
        {
            UnionBranchSpec branch = candidate.Branch;
            if (branch.RequiredProperties.Count == 0 && branch.ConstProperties.Count == 0)
            {
                writer.WriteLine(indent + Return(candidate, spec, header));
                return;
            }

            writer.WriteLine(indent + "if (" + context + ".ObjectMatches(reader, "
                + StringArray(branch.RequiredProperties) + ", "
                + StringArray(branch.ConstProperties.Select(c => c.JsonName)) + ", "
                + StringArray(branch.ConstProperties.Select(c => c.Value)) + "))");
            writer.WriteLine(indent + "{");
            writer.WriteLine(indent + "    " + Return(candidate, spec, header));
            writer.WriteLine(indent + "}");
            writer.WriteLine();
        }

        writer.WriteLine(indent + "break;");
    }

    private static string Return((UnionBranchSpec Branch, int Index) candidate, UnionSpec spec, EmitHeader header)
    {
        TypeRef branchType = candidate.Branch.Type;
        string type = branchType.ToCSharp(header.Namespace);
        string context = "global::" + header.Namespace + "." + header.ContextName;
        string read = "global::System.Text.Json.JsonSerializer.Deserialize(ref reader, " + Info(header, type) + ")";
        if (branchType.Kind == TypeRefKind.Generated)
        {
            // A generated reader reads the branch in place; the serializer, called again, would start a second
            // read state (and allocate its frames) for every union value.
            read = "(" + context + ".UsesOwnOptions(options) ? " + context + "." + FastReadEmitter.ReaderName(branchType) + "(ref reader, options) : " + read + ")";
        }

        return "return new global::" + header.Namespace + "." + spec.Name + "(" + candidate.Index + ", " + read + (branchType.IsValueType ? string.Empty : "!") + ", default);";
    }

    private static string Info(EmitHeader header, string type)
        => "global::" + header.Namespace + "." + header.ContextName + ".TypeInfoOf<" + type + ">(options)";

    private static string StringArray(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", list.Select(DocComments.Literal)) + " }";
    }
}
