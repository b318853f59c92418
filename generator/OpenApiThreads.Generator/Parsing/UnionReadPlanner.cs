using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Decides how a union's reader chooses among its branches: by token kind first, then by exact string value, tag,
/// or object shape. Every tie is settled here, in the model, so the emitted reader is a plain transcription.
/// </summary>
internal static class UnionReadPlanner
{
    public static UnionReadPlan Plan(IReadOnlyList<UnionBranchSpec> branches, string? discriminator)
    {
        var indexed = branches.Select((branch, i) => (Branch: branch, Index: i + 1)).ToList();
        List<(UnionBranchSpec Branch, int Index)> Of(JsonTokenKind kind) => indexed.Where(b => b.Branch.TokenKind == kind).ToList();
        int? First(JsonTokenKind kind) => Of(kind).Select(b => (int?)b.Index).FirstOrDefault();

        var strings = Of(JsonTokenKind.String);
        var objects = Of(JsonTokenKind.Object);
        UnionReadPlan plan = new()
        {
            Fallback = First(JsonTokenKind.Any),
            FallbackOnly = indexed.All(b => b.Branch.TokenKind == JsonTokenKind.Any),
            Integer = First(JsonTokenKind.Integer),
            Number = First(JsonTokenKind.Number),
            Boolean = First(JsonTokenKind.Boolean),
            Array = First(JsonTokenKind.Array),
        };

        if (strings.Count == 1)
        {
            plan = plan with { String = strings[0].Index };
        }
        else if (strings.Count > 1)
        {
            // An exact listed value decides; any other string goes to the open branch (a plain string, or else the
            // first enum, which keeps unknown values).
            var open = strings.Where(s => s.Branch.StringValues.Count == 0).Select(s => (int?)s.Index).FirstOrDefault();
            plan = plan with
            {
                StringValues = FirstClaims(strings.Where(s => s.Branch.StringValues.Count > 0).Select(s => (s.Index, (IEnumerable<string>)s.Branch.StringValues))),
                String = open ?? strings[0].Index,
            };
        }

        if (discriminator is not null && objects.Count > 1 && objects.Any(o => o.Branch.Tags.Count > 0))
        {
            return plan with
            {
                Discriminator = discriminator,
                Tags = FirstClaims(objects.Where(o => o.Branch.Tags.Count > 0).Select(o => (o.Index, (IEnumerable<string>)o.Branch.Tags))),
            };
        }

        if (objects.Count == 1)
        {
            return plan with { Objects = new[] { new ObjectCandidate(objects[0].Index, Unconditional: true) }.ToImmutableEquatableArray() };
        }

        // No tag: the most specific branch whose required and fixed properties are all present wins.
        var candidates = new List<ObjectCandidate>();
        foreach (var candidate in objects
            .OrderByDescending(o => o.Branch.ConstProperties.Count)
            .ThenByDescending(o => o.Branch.RequiredProperties.Count)
            .ThenBy(o => o.Index))
        {
            bool unconditional = candidate.Branch.RequiredProperties.Count == 0 && candidate.Branch.ConstProperties.Count == 0;
            candidates.Add(new ObjectCandidate(candidate.Index, unconditional));
            if (unconditional)
            {
                break;
            }
        }

        return plan with { Objects = candidates.ToImmutableEquatableArray() };
    }

    /// <summary>Each value once, for the first branch that lists it; a branch left with no values drops out.</summary>
    private static ImmutableEquatableArray<ValueCase> FirstClaims(IEnumerable<(int Branch, IEnumerable<string> Values)> claims)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        return claims
            .Select(c => new ValueCase(c.Branch, c.Values.Where(seen.Add).ToImmutableEquatableArray()))
            .Where(c => c.Values.Count > 0)
            .ToImmutableEquatableArray();
    }
}
