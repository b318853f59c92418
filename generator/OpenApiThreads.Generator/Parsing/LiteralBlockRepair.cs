using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Finds literal block scalars (<c>|</c>, <c>|-</c>, <c>|+</c>) whose first line holds only spaces, which YamlDotNet
/// rejects ("found extra spaces in first line") and OpenAI's published spec has, so the text can be repaired before
/// the first read instead of after a failed one (reading OpenAI's spec twice cost 78 ms).
/// </summary>
/// <remarks>
/// The repair empties the block's leading lines of spaces. YAML reads a leading empty line as a line break whatever
/// spaces it holds (more spaces than the content's indentation are an error), so nothing a parser accepts changes.
/// This is a text scan, not a parse: a <c>|</c> inside a quoted scalar or another block's text can look like a header.
/// So the repair is only a guess until the reader confirms that every header found starts a literal block scalar
/// (<see cref="YamlJsonReader.Read"/>); a guess that is not confirmed is thrown away and the original text read. A
/// confirmed one proves that the original fails to read: the text before the first emptied line is unchanged, so
/// the same block starts there and YamlDotNet rejects its first line. No document that reads as it is gets repaired.
/// </remarks>
internal sealed class LiteralBlockRepair
{
    private LiteralBlockRepair(string text, HashSet<int> headerLines, LinePositionSpan firstError)
    {
        Text = text;
        HeaderLines = headerLines;
        FirstError = firstError;
    }

    /// <summary>The text with the leading space-only lines of those blocks emptied: every line and column stays put.</summary>
    public string Text { get; }

    /// <summary>The lines (from 0) of the headers whose blocks were repaired, for the reader to confirm.</summary>
    public HashSet<int> HeaderLines { get; }

    /// <summary>Where YamlDotNet reports the first such block when it reads the original: the line after its leading lines.</summary>
    public LinePositionSpan FirstError { get; }

    /// <summary>The repair of <paramref name="text"/>, or null when it has no such block (or line breaks other than LF and CRLF).</summary>
    public static LiteralBlockRepair? Find(string text)
    {
        List<(int Header, int From, int To)>? blocks = null;
        for (int bar = text.IndexOf('|'); bar >= 0; bar = text.IndexOf('|', bar + 1))
        {
            int lineEnd = HeaderEnd(text, bar);
            if (lineEnd < 0)
            {
                continue;
            }

            // The block's leading lines: only spaces, each ended by a line break. YamlDotNet checks the first one
            // (two or more spaces fail); the rest are emptied too, as a block that starts so usually continues.
            int from = lineEnd + 1;
            int to = from;
            int spaces = SpacesOnlyLine(text, to);
            if (spaces < 2)
            {
                continue;
            }

            while (spaces >= 0)
            {
                to = text.IndexOf('\n', to) + 1;
                spaces = SpacesOnlyLine(text, to);
            }

            blocks ??= new List<(int, int, int)>();
            blocks.Add((bar, from, to));
        }

        if (blocks is null || HasOtherLineBreaks(text))
        {
            return null;
        }

        var repaired = new StringBuilder(text.Length);
        var headerLines = new HashSet<int>();
        int copied = 0;
        int line = 0;
        int counted = 0;
        LinePositionSpan firstError = default;
        foreach (var (header, from, to) in blocks)
        {
            line += CountLineFeeds(text, counted, header);
            counted = header;
            headerLines.Add(line);
            if (headerLines.Count == 1)
            {
                int errorLine = line + CountLineFeeds(text, header, to);
                int indent = 0;
                while (to + indent < text.Length && text[to + indent] == ' ')
                {
                    indent++;
                }

                firstError = new LinePositionSpan(new LinePosition(errorLine, 0), new LinePosition(errorLine, indent));
            }

            repaired.Append(text, copied, from - copied);
            for (int at = from; at < to; at++)
            {
                if (text[at] is '\r' or '\n')
                {
                    repaired.Append(text[at]);
                }
            }

            copied = to;
        }

        repaired.Append(text, copied, text.Length - copied);
        return new LiteralBlockRepair(repaired.ToString(), headerLines, firstError);
    }

    /// <summary>
    /// The position of the line feed that ends the line, when the <c>|</c> at <paramref name="bar"/> looks like a
    /// literal block header without an indentation indicator (those set the indentation, so spaces are content):
    /// after a space or at the start of the line, followed by an optional chomping indicator, spaces and a comment.
    /// Otherwise -1.
    /// </summary>
    private static int HeaderEnd(string text, int bar)
    {
        if (bar > 0 && text[bar - 1] is not (' ' or '\t' or '\n'))
        {
            return -1;
        }

        int at = bar + 1;
        if (at < text.Length && text[at] is '-' or '+')
        {
            at++;
        }

        bool separated = false;
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
            separated = true;
        }

        if (at < text.Length && text[at] == '#' && separated)
        {
            while (at < text.Length && text[at] != '\n')
            {
                at++;
            }
        }

        if (at < text.Length && text[at] == '\r')
        {
            at++;
        }

        if (at >= text.Length || text[at] != '\n')
        {
            return -1;
        }

        // A '#' after whitespace earlier on the line starts a comment that holds this '|'.
        for (int before = bar - 1; before >= 0 && text[before] != '\n'; before--)
        {
            if (text[before] == '#' && (before == 0 || text[before - 1] is ' ' or '\t' or '\n'))
            {
                return -1;
            }
        }

        return at;
    }

    /// <summary>How many spaces the line at <paramref name="start"/> holds when it holds nothing else and ends with a line break; otherwise -1.</summary>
    private static int SpacesOnlyLine(string text, int start)
    {
        int at = start;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        int spaces = at - start;
        if (at < text.Length && text[at] == '\r')
        {
            at++;
        }

        return at < text.Length && text[at] == '\n' ? spaces : -1;
    }

    private static int CountLineFeeds(string text, int from, int to)
    {
        int count = 0;
        for (int at = from; at < to; at++)
        {
            if (text[at] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// YAML also breaks lines at a lone CR, NEL, LS and PS; the line numbers counted here would then be wrong, so such
    /// a text is left to the ordinary read.
    /// </summary>
    private static bool HasOtherLineBreaks(string text)
    {
        if (text.IndexOfAny(new[] { '\u0085', '\u2028', '\u2029' }) >= 0)
        {
            return true;
        }

        for (int cr = text.IndexOf('\r'); cr >= 0; cr = text.IndexOf('\r', cr + 1))
        {
            if (cr + 1 >= text.Length || text[cr + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }
}
