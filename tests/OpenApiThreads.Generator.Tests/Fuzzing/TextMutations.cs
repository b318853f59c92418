using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Mutations of the spec as text: they break the YAML itself, or keep it valid while changing its meaning the way a
/// careless edit does (a duplicated key, a line indented into the wrong mapping). Each returns what it did.
/// </summary>
internal static class TextMutations
{
    private const int HugeLength = 100_000;

    // Every YAML indicator character, so a stray one lands in each of the parser's states.
    private const string StrayCharacters = "\t:[{]},'\"*&!%#|>-?@`";

    // Characters that end a line or a string for C# but not for YAML: text copied into a comment or a literal must
    // survive them.
    private static readonly string[] ControlCharacters = ["\u2028", "\u2029", "\u0085", "\r", "\0", "\uFEFF", "\u001b", "*/", "\\u000A", "</summary>"];

    private static readonly Regex ScalarValueLine = new(@"^(\s*-?\s*[^\s:#][^:#]*):\s+\S.*$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyLine = new(@"^\s*-?\s*[^\s:#][^:#]*:", RegexOptions.CultureInvariant);

    public static string Truncate(Random random, string text, List<string> log)
    {
        int offset = random.Next(text.Length + 1);
        log.Add($"truncate at offset {offset} of {text.Length}");
        return text.Substring(0, offset);
    }

    public static string DeleteLines(Random random, string text, List<string> log)
    {
        List<string> lines = Lines(text);
        int start = random.Next(lines.Count);
        int count = Math.Min(lines.Count - start, 1 + random.Next(8));
        lines.RemoveRange(start, count);
        log.Add($"delete lines {start + 1}-{start + count}");
        return Join(lines);
    }

    /// <summary>A key line repeated right after itself is a duplicate key in the same mapping.</summary>
    public static string DuplicateLine(Random random, string text, List<string> log)
    {
        List<string> lines = Lines(text);
        int index = PickLine(random, lines, KeyLine);
        int at = random.Next(4) == 0 ? random.Next(lines.Count + 1) : index + 1;
        lines.Insert(at, lines[index]);
        log.Add($"duplicate line {index + 1} as line {at + 1}");
        return Join(lines);
    }

    public static string InsertStrayCharacter(Random random, string text, List<string> log)
    {
        char stray = StrayCharacters[random.Next(StrayCharacters.Length)];
        int offset = random.Next(2) == 0 ? random.Next(text.Length + 1) : LineStartOffset(random, text);
        log.Add($"insert {Show(stray.ToString())} at offset {offset}");
        return text.Insert(offset, stray.ToString());
    }

    /// <summary>Aimed at scalar values (titles, descriptions, names), where the text reaches generated comments and literals.</summary>
    public static string InsertControlCharacter(Random random, string text, List<string> log)
    {
        string inserted = ControlCharacters[random.Next(ControlCharacters.Length)];
        List<string> lines = Lines(text);
        int index = PickLine(random, lines, ScalarValueLine);
        int column = lines[index].Length - random.Next(Math.Min(3, lines[index].Length) + 1);
        lines[index] = lines[index].Insert(column, inserted);
        log.Add($"insert {Show(inserted)} in line {index + 1} at column {column + 1}");
        return Join(lines);
    }

    public static string SwapLines(Random random, string text, List<string> log)
    {
        List<string> lines = Lines(text);
        if (lines.Count < 2)
        {
            log.Add("swap lines (skipped: one line)");
            return text;
        }

        int first = random.Next(lines.Count - 1);
        int second = random.Next(2) == 0 ? first + 1 : random.Next(lines.Count);
        (lines[first], lines[second]) = (lines[second], lines[first]);
        log.Add($"swap lines {first + 1} and {second + 1}");
        return Join(lines);
    }

    public static string Reindent(Random random, string text, List<string> log)
    {
        List<string> lines = Lines(text);
        int start = random.Next(lines.Count);
        int count = Math.Min(lines.Count - start, 1 + random.Next(5));
        int delta = random.Next(2) == 0 ? -(1 + random.Next(3)) : 1 + random.Next(3);
        for (int i = start; i < start + count; i++)
        {
            string line = lines[i];
            int indent = line.Length - line.TrimStart(' ').Length;
            lines[i] = new string(' ', Math.Max(0, indent + delta)) + line.Substring(indent);
        }

        log.Add($"indent lines {start + 1}-{start + count} by {delta.ToString("+0;-0", CultureInfo.InvariantCulture)}");
        return Join(lines);
    }

    /// <summary>A 100k-character value, key, or blob: it reaches names, comments and literals, or the parser's limits.</summary>
    public static string InsertHugeString(Random random, string text, List<string> log)
    {
        List<string> lines = Lines(text);
        string huge = Huge(random);
        switch (random.Next(3))
        {
            case 0:
            {
                int index = PickLine(random, lines, ScalarValueLine);
                Match match = ScalarValueLine.Match(lines[index]);
                lines[index] = match.Success ? match.Groups[1].Value + ": " + huge : lines[index] + huge;
                log.Add($"replace the value in line {index + 1} with {huge.Length} characters");
                return Join(lines);
            }

            case 1:
            {
                int index = PickLine(random, lines, KeyLine);
                string line = lines[index];
                int indent = line.Length - line.TrimStart(' ', '-').Length;
                int colon = line.IndexOf(':', indent);
                lines[index] = line.Substring(0, indent) + huge + (colon >= 0 ? line.Substring(colon) : ":");
                log.Add($"replace the key in line {index + 1} with {huge.Length} characters");
                return Join(lines);
            }

            default:
            {
                int offset = random.Next(text.Length + 1);
                log.Add($"insert {huge.Length} characters at offset {offset}");
                return text.Insert(offset, huge);
            }
        }
    }

    private static string Huge(Random random)
    {
        // Words keep it a plain scalar; one long run of letters makes it a single identifier when used as a name.
        string unit = random.Next(2) == 0 ? "lorem ipsum " : "abcdefghij";
        var builder = new StringBuilder(HugeLength);
        while (builder.Length < HugeLength)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, HugeLength).TrimEnd();
    }

    /// <summary>A line matching <paramref name="pattern"/> when there is one (a few tries), else any line.</summary>
    private static int PickLine(Random random, List<string> lines, Regex pattern)
    {
        for (int attempt = 0; attempt < 20; attempt++)
        {
            int index = random.Next(lines.Count);
            if (pattern.IsMatch(lines[index]))
            {
                return index;
            }
        }

        return random.Next(lines.Count);
    }

    private static int LineStartOffset(Random random, string text)
    {
        List<string> lines = Lines(text);
        int index = random.Next(lines.Count);
        int offset = lines.Take(index).Sum(line => line.Length + 1);
        return offset + (lines[index].Length - lines[index].TrimStart(' ').Length);
    }

    private static List<string> Lines(string text) => text.Split('\n').ToList();

    private static string Join(List<string> lines) => string.Join("\n", lines);

    private static string Show(string value)
        => string.Concat(value.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
