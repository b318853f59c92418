using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Makes case N of a run: a seed spec with up to three mutations, all chosen by a <see cref="Random"/> seeded from
/// the run's seed and N alone, so the same two numbers always give the same spec.
/// </summary>
internal static class SpecMutator
{
    private enum Kind
    {
        Truncate,
        DeleteLines,
        DuplicateLine,
        StrayCharacter,
        ControlCharacter,
        SwapLines,
        Reindent,
        HugeString,
        DeleteNode,
        SwapSiblings,
        WrongType,
        DeepNesting,
        References,
        Rename,
        HardString,
    }

    // Per thousand mutations. Deep nesting costs the compiler a hundred ordinary cases (nested generics, seconds
    // each), so it gets a small share, which keeps the short run inside its time budget.
    private static readonly (Kind Kind, int Weight)[] Weights =
    [
        (Kind.Truncate, 60), (Kind.DeleteLines, 80), (Kind.DuplicateLine, 80), (Kind.StrayCharacter, 80),
        (Kind.ControlCharacter, 50), (Kind.SwapLines, 60), (Kind.Reindent, 60), (Kind.HugeString, 5),
        (Kind.DeleteNode, 90), (Kind.SwapSiblings, 70), (Kind.WrongType, 120), (Kind.DeepNesting, 1),
        (Kind.References, 110), (Kind.Rename, 70), (Kind.HardString, 56),
    ];

    public static FuzzCase Create(int runSeed, int number)
    {
        var random = new Random(CaseSeed(runSeed, number));
        SeedSpec seed = PickSeed(random);

        // A few unmutated cases keep the seeds themselves under test.
        int count = random.Next(50) == 0 ? 0 : 1 + random.Next(3);

        // Tree mutations first: they need text that still parses, which a text mutation rarely leaves.
        List<Kind> kinds = Enumerable.Range(0, count).Select(_ => PickKind(random)).OrderBy(k => IsText(k) ? 1 : 0).ToList();
        var log = new List<string>();
        string text = seed.Text;
        foreach (Kind kind in kinds)
        {
            text = IsText(kind) ? ApplyText(kind, random, text, log) : ApplyTree(kind, random, text, seed, number, log);
        }

        return new FuzzCase(runSeed, number, seed.Name, seed.Extension, text, log);
    }

    /// <summary>Spreads neighbouring (seed, case) pairs over the generator's seed space.</summary>
    private static int CaseSeed(int runSeed, int number)
        => unchecked((int)(((uint)runSeed * 2654435761u) ^ ((uint)number * 40503u + 0x9E3779B9u)));

    private static bool IsText(Kind kind) => kind <= Kind.HugeString;

    private static string ApplyText(Kind kind, Random random, string text, List<string> log) => kind switch
    {
        Kind.Truncate => TextMutations.Truncate(random, text, log),
        Kind.DeleteLines => TextMutations.DeleteLines(random, text, log),
        Kind.DuplicateLine => TextMutations.DuplicateLine(random, text, log),
        Kind.StrayCharacter => TextMutations.InsertStrayCharacter(random, text, log),
        Kind.ControlCharacter => TextMutations.InsertControlCharacter(random, text, log),
        Kind.SwapLines => TextMutations.SwapLines(random, text, log),
        Kind.Reindent => TextMutations.Reindent(random, text, log),
        _ => TextMutations.InsertHugeString(random, text, log),
    };

    private static string ApplyTree(Kind kind, Random random, string text, SeedSpec seed, int number, List<string> log)
    {
        if (YamlTree.TryParse(text) is not { } root)
        {
            log.Add(kind + " (skipped: the text no longer parses)");
            return text;
        }

        bool swagger = root is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode("swagger"));
        switch (kind)
        {
            case Kind.DeleteNode:
                TreeMutations.DeleteNode(random, root, log);
                break;
            case Kind.SwapSiblings:
                TreeMutations.SwapSiblings(random, root, log);
                break;
            case Kind.WrongType:
                TreeMutations.ReplaceWithWrongType(random, root, log);
                break;
            case Kind.DeepNesting:
                TreeMutations.NestDeeply(random, root, log);
                break;
            case Kind.References:
                TreeMutations.AddReferences(random, root, swagger, log);
                break;
            case Kind.Rename:
                TreeMutations.RenameKey(random, root, swagger, number, log);
                break;
            default:
                TreeMutations.ReplaceWithHardString(random, root, number, log);
                break;
        }

        return YamlTree.Write(root, seed.IsJson);
    }

    private static SeedSpec PickSeed(Random random)
    {
        int roll = random.Next(SeedSpecs.All.Sum(s => s.Weight));
        foreach (SeedSpec seed in SeedSpecs.All)
        {
            roll -= seed.Weight;
            if (roll < 0)
            {
                return seed;
            }
        }

        throw new InvalidOperationException("unreachable: the roll is below the total weight");
    }

    private static Kind PickKind(Random random)
    {
        int roll = random.Next(Weights.Sum(w => w.Weight));
        foreach (var (kind, weight) in Weights)
        {
            roll -= weight;
            if (roll < 0)
            {
                return kind;
            }
        }

        throw new InvalidOperationException("unreachable: the roll is below the total weight");
    }
}
