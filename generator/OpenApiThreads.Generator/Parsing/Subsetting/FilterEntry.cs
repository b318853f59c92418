using System.Linq;
using Microsoft.OpenApi;

namespace OpenApiThreads.Generator.Parsing.Subsetting;

/// <summary>What one filter entry compares: the path key, a tag or the operationId.</summary>
internal enum FilterKind
{
    Path,
    Tag,
    Operation,
}

/// <summary>
/// One entry of <c>OpenApiIncludeOperations</c> or <c>OpenApiExcludeOperations</c>: <c>path:/threads*</c>,
/// <c>tag:Files</c> or <c>op:createFile</c>, each a <see cref="Glob"/>. <see cref="Kind"/> is null for an entry with
/// none of those prefixes, which matches nothing and is reported as such.
/// </summary>
internal sealed class FilterEntry
{
    private FilterEntry(string option, string text, FilterKind? kind, string pattern)
    {
        Option = option;
        Text = text;
        Kind = kind;
        Pattern = pattern;
    }

    /// <summary>The metadata the entry came from, for the diagnostic.</summary>
    public string Option { get; }

    /// <summary>The entry as written.</summary>
    public string Text { get; }

    public FilterKind? Kind { get; }

    public string Pattern { get; }

    public static FilterEntry Parse(string option, string text)
    {
        int colon = text.IndexOf(':');
        string prefix = colon > 0 ? text.Substring(0, colon).Trim() : string.Empty;
        string pattern = colon > 0 ? text.Substring(colon + 1).Trim() : text;
        FilterKind? kind = prefix.ToLowerInvariant() switch
        {
            "path" => FilterKind.Path,
            "tag" => FilterKind.Tag,
            "op" or "operationid" => FilterKind.Operation,
            _ => null,
        };
        return new FilterEntry(option, text, pattern.Length == 0 ? null : kind, pattern);
    }

    public bool Matches(string pathKey, OpenApiOperation operation) => Kind switch
    {
        FilterKind.Path => Glob.IsMatch(Pattern, pathKey),
        FilterKind.Tag => operation.Tags?.Any(tag => tag?.Name is { } name && Glob.IsMatch(Pattern, name)) == true,
        FilterKind.Operation => operation.OperationId is { } id && Glob.IsMatch(Pattern, id),
        _ => false,
    };

    /// <summary>Why nothing matched, said in the entry's own terms.</summary>
    public string WhyNothingMatched() => Kind switch
    {
        FilterKind.Path => "no path matches '" + Pattern + "'",
        FilterKind.Tag => "no operation has a tag that matches '" + Pattern + "'",
        FilterKind.Operation => "no operationId matches '" + Pattern + "'",
        _ => "an entry is path:<glob>, tag:<glob> or op:<glob>, so '" + Text + "' matches nothing",
    };

    public override string ToString() => Text;
}
