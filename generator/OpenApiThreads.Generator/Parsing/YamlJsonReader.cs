using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Reads YAML (and therefore JSON, which YAML 1.2 contains) into a <see cref="JsonNode"/> tree, the form
/// Microsoft.OpenApi's reader takes. Scalars follow the YAML 1.2 core schema: only plain scalars can be null,
/// booleans or numbers; quoted ones are always strings.
/// </summary>
internal static class YamlJsonReader
{
    /// <summary>A repeated mapping key: YAML forbids it, real specs have it, so the last one wins and we warn.</summary>
    internal readonly record struct DuplicateKey(Microsoft.CodeAnalysis.Text.LinePositionSpan Span, string Key);

    /// <param name="text">The YAML.</param>
    /// <param name="duplicates">Receives every repeated mapping key.</param>
    /// <param name="literalLines">
    /// Lines (from 0) expected to start literal block scalars (<see cref="LiteralBlockRepair"/>); each line where one
    /// starts is removed, so what is left was not confirmed.
    /// </param>
    public static JsonNode? Read(string text, List<DuplicateKey> duplicates, HashSet<int>? literalLines = null)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            JsonNode? root = ReadNode(parser, anchors, duplicates, literalLines, string.Empty);
            parser.Consume<DocumentEnd>();
            return root;
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some malformed input; it is still bad YAML,
            // and the last event the parser produced is the best position we have.
            Mark at = parser.Current?.End ?? Mark.Empty;
            throw new YamlException(at, at, exception.Message, exception);
        }
    }

    private static JsonNode? ReadNode(IParser parser, Dictionary<string, JsonNode?> anchors, List<DuplicateKey> duplicates, HashSet<int>? literalLines, string pointer)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out JsonNode? target))
            {
                throw new YamlException(alias.Start, alias.End, $"The alias '*{alias.Value.Value}' has no anchor before it.");
            }

            // A JsonNode has one parent, so every use of an anchor gets its own copy.
            return target?.DeepClone();
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            Confirm(scalar, literalLines);
            JsonNode? value = ConvertScalar(scalar);
            Remember(scalar.Anchor, value, anchors);
            return value;
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var array = new JsonArray();
            int index = 0;
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, anchors, duplicates, literalLines, pointer + "/" + index.ToString(CultureInfo.InvariantCulture)));
                index++;
            }

            Remember(sequenceStart.Anchor, array, anchors);
            return array;
        }

        var mappingStart = parser.Consume<MappingStart>();
        var obj = new JsonObject();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Consume<Scalar>();
            Confirm(keyEvent, literalLines);
            string key = keyEvent.Value;
            JsonNode? value = ReadNode(parser, anchors, duplicates, literalLines, pointer + "/" + JsonPointer.Escape(key));
            if (obj.ContainsKey(key))
            {
                duplicates.Add(new DuplicateKey(SourceLocator.ToSpan(keyEvent.Start, keyEvent.End), key));
                obj.Remove(key);
            }

            obj[key] = value;
        }

        Remember(mappingStart.Anchor, obj, anchors);
        return obj;
    }

    private static void Confirm(Scalar scalar, HashSet<int>? literalLines)
    {
        if (literalLines is { Count: > 0 } && scalar.Style == ScalarStyle.Literal)
        {
            literalLines.Remove((int)scalar.Start.Line - 1);
        }
    }

    private static void Remember(AnchorName anchor, JsonNode? node, Dictionary<string, JsonNode?> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static JsonNode? ConvertScalar(Scalar scalar)
    {
        string text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (LooksNumeric(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
            {
                return JsonValue.Create(integer);
            }

            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
            {
                return JsonValue.Create(number);
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) && !double.IsInfinity(real))
            {
                return JsonValue.Create(real);
            }
        }

        return JsonValue.Create(text);
    }

    // YAML 1.2 core schema numbers: [-+]?digits with an optional fraction and exponent. Anything else
    // ("1.0.0", "0x1F", ".inf") stays a string, which is what an OpenAPI document means by it.
    private static bool LooksNumeric(string text)
    {
        int i = 0;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            i++;
        }

        int digitsBefore = 0;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
            digitsBefore++;
        }

        int digitsAfter = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
                digitsAfter++;
            }
        }

        if (digitsBefore + digitsAfter == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            {
                i++;
            }

            int exponentDigits = 0;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }
}
