using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// A place in the tree that holds a value: an entry of a mapping or an item of a sequence. Tree mutations work on
/// slots so that they can replace or remove what is there without knowing the parent's kind.
/// </summary>
internal sealed record YamlSlot(YamlNode Parent, int Index, string Pointer)
{
    public string? Key => Parent is YamlMappingNode mapping ? (mapping.Children[Index].Key as YamlScalarNode)?.Value : null;

    public YamlNode Value => Parent is YamlMappingNode mapping ? mapping.Children[Index].Value : ((YamlSequenceNode)Parent).Children[Index];

    /// <summary>The key of the mapping entry this slot's parent sits in ("properties" for a property schema).</summary>
    public string? ParentKey { get; init; }

    public void Replace(YamlNode value)
    {
        if (Parent is YamlMappingNode mapping)
        {
            mapping.Children[mapping.Children[Index].Key] = value;
        }
        else
        {
            ((YamlSequenceNode)Parent).Children[Index] = value;
        }
    }

    public void Remove()
    {
        if (Parent is YamlMappingNode mapping)
        {
            mapping.Children.RemoveAt(Index);
        }
        else
        {
            ((YamlSequenceNode)Parent).Children.RemoveAt(Index);
        }
    }
}

/// <summary>Parses a spec into YamlDotNet's node tree, lists its slots, and writes it back as YAML or JSON.</summary>
internal static class YamlTree
{
    public static YamlNode? TryParse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException)
        {
            // Duplicate keys and broken syntax from an earlier text mutation (YamlDotNet's node model throws
            // ArgumentException for some of it): the tree mutation is skipped.
            return null;
        }
    }

    public static List<YamlSlot> Slots(YamlNode root)
    {
        var slots = new List<YamlSlot>();
        Collect(root, string.Empty, null, slots);
        return slots;
    }

    private static void Collect(YamlNode node, string pointer, string? keyOfNode, List<YamlSlot> slots)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                for (int i = 0; i < mapping.Children.Count; i++)
                {
                    string key = (mapping.Children[i].Key as YamlScalarNode)?.Value ?? "?";
                    string childPointer = pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    slots.Add(new YamlSlot(mapping, i, childPointer) { ParentKey = keyOfNode });
                    Collect(mapping.Children[i].Value, childPointer, key, slots);
                }

                break;
            case YamlSequenceNode sequence:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    string childPointer = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
                    slots.Add(new YamlSlot(sequence, i, childPointer) { ParentKey = keyOfNode });
                    Collect(sequence.Children[i], childPointer, i.ToString(CultureInfo.InvariantCulture), slots);
                }

                break;
        }
    }

    public static string Write(YamlNode root, bool asJson)
    {
        if (asJson)
        {
            var builder = new StringBuilder();
            WriteJson(root, builder);
            return builder.Append('\n').ToString();
        }

        var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>JSON with a JSON seed's plain scalars kept as numbers, booleans and null, so it stays a JSON document.</summary>
    private static void WriteJson(YamlNode node, StringBuilder builder)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                builder.Append('{');
                foreach (var (entry, i) in mapping.Children.Select((entry, i) => (entry, i)))
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    WriteString((entry.Key as YamlScalarNode)?.Value ?? string.Empty, builder);
                    builder.Append(": ");
                    WriteJson(entry.Value, builder);
                }

                builder.Append('}');
                break;
            case YamlSequenceNode sequence:
                builder.Append('[');
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    WriteJson(sequence.Children[i], builder);
                }

                builder.Append(']');
                break;
            case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && IsJsonLiteral(scalar.Value ?? string.Empty):
                builder.Append(string.IsNullOrEmpty(scalar.Value) ? "null" : scalar.Value);
                break;
            case YamlScalarNode scalar:
                WriteString(scalar.Value ?? string.Empty, builder);
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static bool IsJsonLiteral(string value)
        => value is "" or "null" or "true" or "false" || JsonNumber.IsMatch(value);

    private static readonly Regex JsonNumber = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);

    private static void WriteString(string value, StringBuilder builder)
        => builder.Append(System.Text.Json.JsonSerializer.Serialize(value));
}
