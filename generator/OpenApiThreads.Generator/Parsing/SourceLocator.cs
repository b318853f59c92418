using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Finds where JSON pointers sit in the YAML text. Positions are only needed for diagnostics, which are rare, so
/// instead of keeping a position for every node of every parse, the text is read once more when there is something
/// to report: one pass for all pointers, skipping every subtree none of them goes into. A pointer that goes deeper
/// than the document resolves to its deepest existing ancestor.
/// </summary>
internal static class SourceLocator
{
    public static Dictionary<string, LinePositionSpan> LocateAll(string text, IEnumerable<string> pointers)
    {
        var wanted = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        foreach (string pointer in pointers)
        {
            string[] segments = JsonPointer.Split(pointer);
            wanted[pointer] = segments;
            string prefix = string.Empty;
            foreach (string segment in segments)
            {
                prefix += "/" + JsonPointer.Escape(segment);
                prefixes.Add(prefix);
            }
        }

        var found = new Dictionary<string, LinePositionSpan>(StringComparer.Ordinal);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<DocumentStart>(out _))
            {
                Visit(parser, string.Empty, default, prefixes, found);
            }
        }
        catch (YamlException)
        {
            // The text did not parse this far; what was found before the error still stands.
        }

        var result = new Dictionary<string, LinePositionSpan>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string[]> pointer in wanted)
        {
            string prefix = string.Empty;
            LinePositionSpan best = found.TryGetValue(string.Empty, out LinePositionSpan root) ? root : default;
            foreach (string segment in pointer.Value)
            {
                prefix += "/" + JsonPointer.Escape(segment);
                if (!found.TryGetValue(prefix, out LinePositionSpan span))
                {
                    break;
                }

                best = span;
            }

            result[pointer.Key] = best;
        }

        return result;
    }

    /// <summary>Records the node at <paramref name="pointer"/> (by its key, when it has one) and walks into it.</summary>
    private static void Visit(IParser parser, string pointer, LinePositionSpan keySpan, HashSet<string> prefixes, Dictionary<string, LinePositionSpan> found)
    {
        ParsingEvent node = parser.Current!;
        found[pointer] = keySpan != default ? keySpan : ToSpan(node.Start, node.End);

        if (parser.TryConsume<MappingStart>(out _))
        {
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                string child = pointer + "/" + JsonPointer.Escape(key.Value);
                if (prefixes.Contains(child))
                {
                    Visit(parser, child, ToSpan(key.Start, key.End), prefixes, found);
                }
                else
                {
                    parser.SkipThisAndNestedEvents();
                }
            }

            return;
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            for (int index = 0; !parser.TryConsume<SequenceEnd>(out _); index++)
            {
                string child = pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
                if (prefixes.Contains(child))
                {
                    Visit(parser, child, default, prefixes, found);
                }
                else
                {
                    parser.SkipThisAndNestedEvents();
                }
            }

            return;
        }

        parser.SkipThisAndNestedEvents();
    }

    /// <summary>
    /// Keeps a span inside the text: a parser that runs off the end reports the line after the last, where an
    /// editor shows nothing, so such a span moves to the start of the last line that has content.
    /// </summary>
    public static LinePositionSpan Clamp(LinePositionSpan span, string text)
    {
        int lastLine = 0;
        int line = 0;
        bool content = false;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                line++;
                content = false;
                continue;
            }

            if (!content && !char.IsWhiteSpace(c))
            {
                content = true;
                lastLine = line;
            }
        }

        return span.Start.Line <= lastLine ? span : new LinePositionSpan(new LinePosition(lastLine, 0), new LinePosition(lastLine, 0));
    }

    public static LinePositionSpan ToSpan(Mark start, Mark end)
        => new(
            new LinePosition(Math.Max(0, (int)start.Line - 1), Math.Max(0, (int)start.Column - 1)),
            new LinePosition(Math.Max(0, (int)end.Line - 1), Math.Max(0, (int)end.Column - 1)));
}
