using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// A string enum → a readonly struct wrapping the string. A C# enum would have to throw on, or silently default, a
/// value a newer server adds; this keeps any value, compares by it, and still offers every known value by name.
/// </summary>
internal static class EnumEmitter
{
    /// <summary>How long the known-value test may grow on one line before each value takes its own.</summary>
    private const int MaxLine = 120;

    public static void Emit(SourceWriter writer, EnumSpec spec, EmitHeader header)
    {
        string name = spec.Name;
        // Inside its own declaration the struct's simple name is itself: no member may share it (CS0542).
        string self = name;
        TypeEmitter.WriteTypeDocs(writer, spec, null);
        writer.WriteLine("[global::System.Diagnostics.DebuggerDisplay(\"{Value,nq}\")]");
        writer.WriteLine(header.Accessibility + " readonly partial struct " + name + " : global::System.IEquatable<" + self + ">");
        writer.OpenBlock();
        writer.WriteLine("private readonly string? _value;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Wraps any value, listed or not: one a newer server adds round-trips unchanged.</summary>");
        writer.WriteLine("public " + name + "(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        foreach (EnumMemberSpec member in spec.Members)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary><c>" + DocComments.OneLine(member.Value) + "</c></summary>");
            writer.WriteLine("public static " + self + " " + member.Name + " { get; } = new(Values." + member.Name + ");");
        }

        writer.WriteLines($$"""

            /// <summary>The value as it appears in JSON; empty for <c>default</c>.</summary>
            public string Value => _value ?? string.Empty;

            /// <summary>Whether the document lists the value.</summary>
            """);
        WriteIsKnown(writer, spec);
        // string's == and GetHashCode are ordinal: the value compares exactly as written in JSON.
        writer.WriteLines($$"""

            public bool Equals({{self}} other) => Value == other.Value;
            public override bool Equals(object? obj) => obj is {{self}} other && Equals(other);
            public override int GetHashCode() => Value.GetHashCode();
            public override string ToString() => Value;
            public static bool operator ==({{self}} left, {{self}} right) => left.Equals(right);
            public static bool operator !=({{self}} left, {{self}} right) => !left.Equals(right);
            public static implicit operator {{self}}(string value) => new(value);

            /// <summary>The listed values, as constants for <c>switch</c>.</summary>
            public static class Values
            {
            """);
        foreach (EnumMemberSpec member in spec.Members)
        {
            writer.WriteLine("    public const string " + member.Name + " = " + DocComments.Literal(member.Value) + ";");
        }

        writer.WriteLines($$"""
            }
            """);
        writer.CloseBlock();
    }

    /// <summary>
    /// <c>Value is Values.A or Values.B</c>: the same string comparisons a switch compiles to, on one line per value
    /// once the line would grow long.
    /// </summary>
    private static void WriteIsKnown(SourceWriter writer, EnumSpec spec)
    {
        const string Start = "public bool IsKnown => ";
        var members = spec.Members.Select(m => "Values." + m.Name).ToList();
        if (members.Count == 0)
        {
            writer.WriteLine(Start + "false;");
            return;
        }

        string oneLine = Start + "Value is " + string.Join(" or ", members) + ";";
        if (oneLine.Length <= MaxLine)
        {
            writer.WriteLine(oneLine);
            return;
        }

        writer.WriteLine(Start + "Value is " + members[0]);
        for (int i = 1; i < members.Count; i++)
        {
            writer.WriteLine("    or " + members[i] + (i == members.Count - 1 ? ";" : string.Empty));
        }
    }
}
