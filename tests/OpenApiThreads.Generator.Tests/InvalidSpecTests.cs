using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Each file in InvalidSpecs/ states on its first line the one diagnostic it must produce:
/// <c># expect: ID line:column message-fragment</c>. No other diagnostic may appear. Lines such as
/// <c># metadata: OpenApiIncludeOperations=tag:Nope</c> set the spec item's metadata.
/// </summary>
public sealed partial class InvalidSpecTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "InvalidSpecs"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Reports_exactly_the_expected_diagnostic_at_its_position(string fileName)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "InvalidSpecs", fileName));
        Match expectation = Expectation().Match(text);
        Assert.True(expectation.Success, fileName + " has no '# expect: ID line:column message' first line");
        string path = "/project/spec/" + fileName;

        var metadata = Metadata().Matches(text).ToDictionary(m => "build_metadata.AdditionalFiles." + m.Groups["name"].Value, m => m.Groups["value"].Value.Trim());
        var (_, result, _) = GeneratorHarness.Run(text, path, metadata);

        Assert.True(result.Diagnostics.Length == 1, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        Diagnostic diagnostic = result.Diagnostics[0];
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string actual = $"{diagnostic.Id} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {diagnostic.GetMessage()}";
        Assert.Equal(path, span.Path);
        Assert.True(
            diagnostic.Id == expectation.Groups["id"].Value
                && span.StartLinePosition.Line + 1 == int.Parse(expectation.Groups["line"].Value)
                && span.StartLinePosition.Character + 1 == int.Parse(expectation.Groups["column"].Value)
                && diagnostic.GetMessage().Contains(expectation.Groups["message"].Value.Trim(), StringComparison.Ordinal),
            "expected " + expectation.Value.Substring("# expect: ".Length) + "\nactual   " + actual);
    }

    [GeneratedRegex(@"^# expect: (?<id>OATG\d{3}) (?<line>\d+):(?<column>\d+) (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex Expectation();

    [GeneratedRegex(@"^# metadata: (?<name>\w+)=(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex Metadata();
}
