using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenApiThreads.Generator.Parsing;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;
using YamlDotNet.Core;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// A literal block scalar whose first line is only spaces fails YamlDotNet. Such blocks are repaired before the first
/// read, but only when the reader confirms the guess; a document that reads as it is must read exactly so.
/// </summary>
public sealed class LiteralBlockRepairTests
{
    [Theory]
    [InlineData("a:\n  b: |+\n            \n  c: true\n", """{"a":{"b":"\n","c":true}}""")] // OpenAI's: an empty block that keeps its line break
    [InlineData("a:\n  b: |\n            \n     x\n  c: true\n", """{"a":{"b":"\nx\n","c":true}}""")]
    [InlineData("a:\n  b: |\n    \n    x\n", """{"a":{"b":"\nx\n"}}""")] // no more spaces than the content: valid YAML, still rejected
    [InlineData("a:\n  b: |  # a note\n      \n      \n    x\n", """{"a":{"b":"\n\nx\n"}}""")]
    [InlineData("a:\r\n  b: |-\r\n      \r\n    x\r\n    y  \r\n", """{"a":{"b":"\nx\ny  "}}""")]
    [InlineData("- |\n   \n  x\n  \n       \n  y\n- |\n    \n  z\n", """["\nx\n\n     \ny\n","\nz\n"]""")] // two blocks; the second spaces line of the first is content
    [InlineData("a: |\n    \n", """{"a":""}""")] // at the end of the text
    public void A_block_yamldotnet_rejects_is_repaired_where_it_failed(string yaml, string expected)
    {
        YamlException error = Assert.ThrowsAny<YamlException>(() => YamlJsonReader.Read(yaml, new List<YamlJsonReader.DuplicateKey>()));
        Assert.Contains("extra spaces in first line", error.Message, System.StringComparison.Ordinal);

        LiteralBlockRepair? repair = LiteralBlockRepair.Find(yaml);
        Assert.NotNull(repair);
        JsonNode? read = YamlJsonReader.Read(repair.Text, new List<YamlJsonReader.DuplicateKey>(), repair.HeaderLines);

        Assert.Empty(repair.HeaderLines);
        Assert.Equal(SourceLocator.ToSpan(error.Start, error.End), repair.FirstError);
        Assert.Equal(yaml.Split('\n').Length, repair.Text.Split('\n').Length);
        Assert.Equal(expected, read!.ToJsonString());
    }

    [Theory]
    [InlineData("a: |\n  x\n      \n  y\n")] // a line of spaces that is not the first: content
    [InlineData("a: |\n \n  x\n")] // one space: YamlDotNet accepts it
    [InlineData("a: |2\n   \n  x\n")] // an indentation indicator: the spaces past it are content
    [InlineData("a: |\n  | cell |\n        \n  next\n")] // a table row inside a block ends in '|'; the spaces after it are content
    [InlineData("a: \"x |\n      \n  y\"\n")] // a quoted scalar with '|' at a line end
    [InlineData("a: 'x |'\nb: 'y |\n     \n  z'\n")]
    [InlineData("a: x # see |\n   \nb: y\n")] // a '|' in a comment
    [InlineData("a: >\n  folded |\n      \n  z\n")]
    [InlineData("a: |\r  x\r\nb: |\n    \n    y\n")] // a lone CR breaks lines too: not scanned (the read then fails as before)
    public void A_document_the_scan_misjudges_is_read_as_it_is(string yaml)
    {
        LiteralBlockRepair? repair = LiteralBlockRepair.Find(yaml);
        if (repair is null)
        {
            return;
        }

        bool confirmed;
        try
        {
            YamlJsonReader.Read(repair.Text, new List<YamlJsonReader.DuplicateKey>(), repair.HeaderLines);
            confirmed = repair.HeaderLines.Count == 0;
        }
        catch (YamlException)
        {
            confirmed = false;
        }

        Assert.False(confirmed, "the reader confirmed a block that is not one: " + repair.Text);
    }

    /// <summary>
    /// threads.yaml with lines of spaces, block headers and '|' put in at random: a text that reads is never repaired,
    /// and a repair of one that fails sits where it failed.
    /// </summary>
    [Fact]
    public void Random_edits_never_repair_a_document_that_reads()
    {
        var random = new Random(20261122);
        string[] lines = GeneratorHarness.ThreadsSpec.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int readable = 0;
        int repaired = 0;
        for (int n = 0; n < 400; n++)
        {
            var mutated = new List<string>(lines);
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                Mutate(mutated, random);
            }

            string yaml = string.Join("\n", mutated);
            YamlException? error = null;
            try
            {
                YamlJsonReader.Read(yaml, new List<YamlJsonReader.DuplicateKey>());
            }
            catch (YamlException exception)
            {
                error = exception;
            }

            LiteralBlockRepair? repair = LiteralBlockRepair.Find(yaml);
            bool confirmed = false;
            if (repair is not null)
            {
                try
                {
                    YamlJsonReader.Read(repair.Text, new List<YamlJsonReader.DuplicateKey>(), repair.HeaderLines);
                    confirmed = repair.HeaderLines.Count == 0;
                }
                catch (YamlException)
                {
                }
            }

            if (error is null)
            {
                Assert.False(confirmed, "a document that reads was repaired:\n" + yaml);
                readable++;
            }
            else if (confirmed)
            {
                Assert.Contains("extra spaces in first line", error.Message, StringComparison.Ordinal);
                Assert.Equal(SourceLocator.ToSpan(error.Start, error.End), repair!.FirstError);
                repaired++;
            }
        }

        // Both kinds of case came up often enough to mean something.
        Assert.InRange(readable, 50, 400);
        Assert.InRange(repaired, 50, 400);
    }

    private static void Mutate(List<string> lines, Random random)
    {
        int at = random.Next(lines.Count);
        string spaces = new(' ', random.Next(0, 13));
        switch (random.Next(4))
        {
            case 0:
                lines.Insert(at + 1, spaces);
                break;
            case 1:
                lines[at] += random.Next(3) switch { 0 => " |", 1 => " |-", _ => " | # note" };
                lines.Insert(at + 1, spaces);
                break;
            default:
                int description = lines.FindIndex(at, line => line.TrimStart(' ').StartsWith("description: ", StringComparison.Ordinal) && line.TrimEnd().Length > line.IndexOf(':', StringComparison.Ordinal) + 3);
                if (description < 0)
                {
                    return;
                }

                string line = lines[description];
                string key = line.Substring(0, line.IndexOf(':', StringComparison.Ordinal) + 1);
                string header = new[] { "|", "|-", "|+", "|2", ">", "|  # note" }[random.Next(6)];
                lines[description] = key + " " + header;
                lines.Insert(description + 1, spaces);
                lines.Insert(description + 2, new string(' ', line.Length - line.TrimStart(' ').Length + 2) + line.Substring(key.Length + 1).TrimStart(' '));
                break;
        }
    }
}
