using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;

namespace OpenApiThreads.Generator.Parsing.Subsetting;

/// <summary>
/// Which operations of a spec are generated, from the item's <c>OpenApiIncludeOperations</c> and
/// <c>OpenApiExcludeOperations</c> metadata. An operation is kept when no include is given or an include entry
/// matches it, and no exclude entry does. Every entry is tried against every operation of the document, so one that
/// matches none (a typo, a tag the spec does not have) is reported where the paths are (OATG014).
/// </summary>
internal sealed class OperationFilter
{
    public const string IncludeOption = "OpenApiIncludeOperations";
    public const string ExcludeOption = "OpenApiExcludeOperations";

    // ';' is what an MSBuild user writes, but the compiler reads item metadata from an .editorconfig where ';' starts
    // a comment: the package's .targets turns ';' into ',' on the way, so both separate entries here.
    private static readonly char[] Separators = [';', ','];

    private readonly string? _include;
    private readonly string? _exclude;
    private readonly List<FilterEntry> _includes;
    private readonly List<FilterEntry> _excludes;

    private OperationFilter(string? include, string? exclude)
    {
        _include = include;
        _exclude = exclude;
        _includes = Entries(IncludeOption, include);
        _excludes = Entries(ExcludeOption, exclude);
    }

    /// <summary>
    /// The filter the metadata describes, or null when it has no entry (";" included): then every operation and
    /// every component is generated, as without the metadata.
    /// </summary>
    public static OperationFilter? Create(string? include, string? exclude)
    {
        var filter = new OperationFilter(include, exclude);
        return filter._includes.Count == 0 && filter._excludes.Count == 0 ? null : filter;
    }

    /// <summary>The paths with only the kept operations; a path item left with none is left out.</summary>
    public OpenApiPaths Apply(OpenApiPaths? paths, DiagnosticBag diagnostics)
    {
        var kept = new OpenApiPaths();
        var matched = new HashSet<FilterEntry>();
        int included = 0;
        foreach (KeyValuePair<string, IOpenApiPathItem> path in paths ?? new OpenApiPaths())
        {
            if (path.Value?.Operations is not { Count: > 0 } operations)
            {
                continue;
            }

            var keptOperations = new Dictionary<HttpMethod, OpenApiOperation>();
            foreach (KeyValuePair<HttpMethod, OpenApiOperation> operation in operations)
            {
                if (operation.Value is null)
                {
                    continue;
                }

                // Every entry is tried (no short-circuit), so each one learns whether it matched anything at all.
                bool include = _includes.Count == 0 | MatchAny(_includes, path.Key, operation.Value, matched);
                bool exclude = MatchAny(_excludes, path.Key, operation.Value, matched);
                included += include ? 1 : 0;
                if (include && !exclude)
                {
                    keptOperations.Add(operation.Key, operation.Value);
                }
            }

            if (keptOperations.Count == operations.Count)
            {
                kept.Add(path.Key, path.Value);
            }
            else if (keptOperations.Count > 0)
            {
                // A copy: the document's own path item (maybe a shared $ref) is not ours to change.
                kept.Add(path.Key, new OpenApiPathItem
                {
                    Summary = path.Value.Summary,
                    Description = path.Value.Description,
                    Servers = path.Value.Servers,
                    Parameters = path.Value.Parameters,
                    Operations = keptOperations,
                });
            }
        }

        foreach (FilterEntry entry in _includes.Concat(_excludes).Where(e => !matched.Contains(e)))
        {
            diagnostics.Add(DiagnosticDescriptors.FilterMatchesNothing, "#/paths", entry.Option, entry.Text, entry.WhyNothingMatched());
        }

        if (kept.Count == 0 && included > 0 && _exclude is not null)
        {
            // Each entry matched something, yet together they keep nothing.
            string what = _include is null ? "every operation" : "every operation " + IncludeOption + " keeps";
            diagnostics.Add(DiagnosticDescriptors.FilterMatchesNothing, "#/paths", ExcludeOption, _exclude, "it excludes " + what + ", so no operation is generated");
        }

        return kept;
    }

    private static bool MatchAny(List<FilterEntry> entries, string pathKey, OpenApiOperation operation, HashSet<FilterEntry> matched)
    {
        bool any = false;
        foreach (FilterEntry entry in entries)
        {
            if (entry.Matches(pathKey, operation))
            {
                matched.Add(entry);
                any = true;
            }
        }

        return any;
    }

    private static List<FilterEntry> Entries(string option, string? value)
        => (value ?? string.Empty)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(text => text.Trim())
            .Where(text => text.Length > 0)
            .Select(text => FilterEntry.Parse(option, text))
            .ToList();
}
