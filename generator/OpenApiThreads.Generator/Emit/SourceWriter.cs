using System;
using System.Text;

namespace OpenApiThreads.Generator.Emit;

/// <summary>Writes indented C# line by line; the emitters decide what, this decides how it is laid out.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>The names of the spec the file belongs to (<see cref="FileHeader.Start"/>), for what the file's end adds.</summary>
    public EmitHeader? Header { get; init; }

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * IndentSize);
            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes each line of a multi-line block (a raw string) at the current indentation.</summary>
    public void WriteLines(string block)
    {
        foreach (string line in block.Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine(line);
        }
    }

    public void OpenBlock(string? header = null)
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        WriteLine("{");
        _indent++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        WriteLine("}" + suffix);
    }

    /// <summary>Writes the lines that follow one level deeper, as inside a block whose braces the caller wrote.</summary>
    public void Indent() => _indent++;

    public void Unindent() => _indent = Math.Max(0, _indent - 1);

    public override string ToString() => _builder.ToString();
}
