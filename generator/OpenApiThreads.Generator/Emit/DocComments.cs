using System.Text;
using System.Text.RegularExpressions;

namespace OpenApiThreads.Generator.Emit;

/// <summary>Turns spec descriptions (Markdown-ish prose) into XML doc comments.</summary>
internal static class DocComments
{
    private static readonly Regex InlineCode = new("`([^`\\n]+)`", RegexOptions.CultureInvariant);

    public static void WriteSummary(SourceWriter writer, string? text, string? fallback = null)
    {
        string? content = string.IsNullOrWhiteSpace(text) ? fallback : text;
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        WriteElement(writer, "summary", content!);
    }

    public static void WriteElement(SourceWriter writer, string element, string text, string attributes = "")
    {
        // A short one-line text stays on one line, as hand-written docs do, instead of three lines.
        string escaped = Escape(text).Trim();
        if (escaped.IndexOf('\n') < 0 && escaped.IndexOf('\r') < 0 && escaped.Length + element.Length + attributes.Length <= 100)
        {
            writer.WriteLine("/// <" + element + attributes + ">" + escaped + "</" + element + ">");
            return;
        }

        writer.WriteLine("/// <" + element + attributes + ">");
        foreach (string line in Escape(text).Trim().Replace("\r\n", "\n").Split('\n'))
        {
            writer.WriteLine(("/// " + line.TrimEnd()).TrimEnd());
        }

        writer.WriteLine("/// </" + element + ">");
    }

    /// <summary>Escaped text on one line, for places a line break would end the comment.</summary>
    public static string OneLine(string text) => Escape(text).Replace('\n', ' ');

    /// <summary>
    /// XML-escapes, turns <c>`code`</c> spans into &lt;c&gt; elements, and makes every line terminator C# knows
    /// (CR, LF, NEL, LS, PS) a plain LF: any of them would end a <c>///</c> comment mid-sentence.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Replace("\r\n", "\n"))
        {
            switch (c)
            {
                case '\r' or '\u0085' or '\u2028' or '\u2029': builder.Append('\n'); break;
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }

        return InlineCode.Replace(builder.ToString(), "<c>$1</c>");
    }

    /// <summary>A C# string literal for any text.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    public static string ObsoleteAttribute(string what)
        => "[global::System.Obsolete(" + Literal("The API marks this " + what + " as deprecated.") + ")]";
}
