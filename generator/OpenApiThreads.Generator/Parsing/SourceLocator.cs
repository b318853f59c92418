using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Finds where a JSON pointer sits in the YAML text. Positions are only needed for diagnostics, which are rare,
/// so instead of keeping a position for every node of every parse we read the text again when asked, and stop at
/// the deepest node of the pointer that exists.
/// </summary>
internal static class SourceLocator
{
    public static LinePositionSpan Locate(string text, string pointer)
    {
        string[] segments = JsonPointer.Split(pointer);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return default;
            }

            for (int depth = 0; ; depth++)
            {
                ParsingEvent node = parser.Current!;
                LinePositionSpan here = ToSpan(node.Start, node.End);
                if (depth == segments.Length || !TryEnterChild(parser, segments[depth], out LinePositionSpan keySpan))
                {
                    return here;
                }

                // The last segment of a mapping is pointed at by its key: that is where a reader looks for "id".
                if (depth == segments.Length - 1 && keySpan != default)
                {
                    return keySpan;
                }
            }
        }
        catch (YamlException)
        {
            return default;
        }
    }

    /// <summary>Positions <paramref name="parser"/> on the child named by <paramref name="segment"/>.</summary>
    private static bool TryEnterChild(IParser parser, string segment, out LinePositionSpan keySpan)
    {
        keySpan = default;
        if (parser.TryConsume<MappingStart>(out _))
        {
            while (!parser.Accept<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                if (string.Equals(key.Value, segment, StringComparison.Ordinal))
                {
                    keySpan = ToSpan(key.Start, key.End);
                    return true;
                }

                parser.SkipThisAndNestedEvents();
            }

            return false;
        }

        if (parser.TryConsume<SequenceStart>(out _) && int.TryParse(segment, out int index))
        {
            for (int i = 0; i < index; i++)
            {
                if (parser.Accept<SequenceEnd>(out _))
                {
                    return false;
                }

                parser.SkipThisAndNestedEvents();
            }

            return !parser.Accept<SequenceEnd>(out _);
        }

        return false;
    }

    public static LinePositionSpan ToSpan(Mark start, Mark end)
        => new(
            new LinePosition(Math.Max(0, (int)start.Line - 1), Math.Max(0, (int)start.Column - 1)),
            new LinePosition(Math.Max(0, (int)end.Line - 1), Math.Max(0, (int)end.Column - 1)));
}
