using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// Decides which files the compiler gets: each generated file as it is, or, for a spec that generates many, batches
/// of them concatenated into one file each. The JSON context's per-type parts are batched for every spec: they are one
/// class spread over files, and each file would pay its header and directives (on threads.yaml, 203 files).
/// </summary>
/// <remarks>
/// Roslyn re-adds every generated file on every run, cached or not, and checks each hint name against all files
/// already added with a linear scan: the cost of a keystroke grows with the square of the file count (OpenAI's spec,
/// 5,351 files: about 50 ms for an edit that re-emits nothing). Fewer files make that negligible. Concatenating is
/// valid C# because every generated file is a whole compilation unit with the same header and file-scoped namespace,
/// type names qualified by <c>global::</c> or a namespace alias, and no using directives but those aliases and the
/// <c>using static</c> directives for the context's shards (<see cref="ContextShards"/>), which a batch declares once.
/// <para>
/// Batches are cut by file name alone, in name order: a batch starts at a file whose name hashes to a multiple of
/// <see cref="FilesPerBatch"/>. Editing a schema changes the text of a file but not where batches start, and adding or
/// removing one changes only the batch it falls in, so a one-line YAML edit re-emits one or two batches. Each batch
/// is named after its first file with a '-', which no generated C# name contains, so it cannot collide with a
/// single file's name.
/// </para>
/// </remarks>
internal static class FileLayout
{
    /// <summary>
    /// A spec with more files than this, not counting those always batched, is batched whole. threads.yaml (about 175
    /// such files) keeps a file per model type; at 500 files the re-adding costs about 0.4 ms a run, under the 1 ms a
    /// keystroke may take.
    /// </summary>
    public const int BatchThreshold = 500;

    /// <summary>The average number of files in a batch (the batches are cut by a hash of the names, not counted).</summary>
    public const int FilesPerBatch = 128;

    /// <summary>A run of names without a cut is split here, so no batch grows without bound.</summary>
    public const int MaxFilesPerBatch = 4 * FilesPerBatch;

    public const string BatchSuffix = "-batch.g.cs";

    /// <summary>
    /// The files to add, in a stable order, and the files dropped because an earlier spec already generates a file of
    /// that name (hint names are compared as Roslyn does, ignoring case).
    /// </summary>
    public static FileLayoutResult Create(IReadOnlyList<GeneratedSource> files)
    {
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<GeneratedSource>();
        var specs = new List<List<GeneratedSource>>();
        var specIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (GeneratedSource file in files)
        {
            if (!added.Add(file.HintName))
            {
                duplicates.Add(file);
                continue;
            }

            if (!specIndex.TryGetValue(file.SpecPath, out int index))
            {
                index = specs.Count;
                specIndex.Add(file.SpecPath, index);
                specs.Add(new List<GeneratedSource>());
            }

            specs[index].Add(file);
        }

        var outputs = new List<OutputFile>();
        foreach (List<GeneratedSource> spec in specs)
        {
            // The parts batched anyway do not count: they become a few files whatever their number.
            if (spec.Count(f => !f.AlwaysBatched) <= BatchThreshold)
            {
                var batched = new List<GeneratedSource>();
                foreach (GeneratedSource file in spec)
                {
                    if (file.AlwaysBatched)
                    {
                        batched.Add(file);
                    }
                    else
                    {
                        outputs.Add(new OutputFile(file.HintName, new[] { file }.ToImmutableEquatableArray()));
                    }
                }

                if (batched.Count > 0)
                {
                    AddBatches(batched, outputs);
                }

                continue;
            }

            AddBatches(spec, outputs);
        }

        return new FileLayoutResult(outputs.ToImmutableEquatableArray(), duplicates.ToImmutableEquatableArray());
    }

    private static void AddBatches(List<GeneratedSource> spec, List<OutputFile> outputs)
    {
        var sorted = new List<GeneratedSource>(spec);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.HintName, b.HintName));

        var batch = new List<GeneratedSource>();
        foreach (GeneratedSource file in sorted)
        {
            if (batch.Count > 0 && (StartsBatch(file.HintName) || batch.Count == MaxFilesPerBatch))
            {
                outputs.Add(Batch(batch));
                batch.Clear();
            }

            batch.Add(file);
        }

        outputs.Add(Batch(batch));
    }

    private static OutputFile Batch(List<GeneratedSource> files)
    {
        string first = files[0].HintName;
        string stem = first.EndsWith(".g.cs", StringComparison.Ordinal) ? first.Substring(0, first.Length - ".g.cs".Length) : first;
        return new OutputFile(stem + BatchSuffix, files.ToImmutableEquatableArray());
    }

    private static bool StartsBatch(string hintName) => StableHash.Of(hintName) % FilesPerBatch == 0;
}

/// <summary>What <see cref="FileLayout.Create"/> decided; compares by value, so an unchanged layout stops the pipeline.</summary>
internal sealed record FileLayoutResult(ImmutableEquatableArray<OutputFile> Files, ImmutableEquatableArray<GeneratedSource> Duplicates);

/// <summary>One file for the compiler: a single generated file, or a batch of one spec's files.</summary>
internal sealed record OutputFile(string HintName, ImmutableEquatableArray<GeneratedSource> Parts)
{
    /// <summary>
    /// The text to add. A single file is passed on as it is; a batch is the first file's header (the same header and
    /// namespace as every other's), the namespace aliases any of its files use, then each file's body.
    /// </summary>
    public GeneratedSource Render()
    {
        if (Parts.Count == 1 && Parts[0].HintName == HintName)
        {
            return Parts[0];
        }

        string first = Parts[0].Text;
        int headerLength = FileHeader.Length(first);
        var aliases = new SortedSet<string>(StringComparer.Ordinal);
        var bodies = new int[Parts.Count];
        int length = headerLength + 1;
        for (int i = 0; i < Parts.Count; i++)
        {
            string text = Parts[i].Text;
            if (FileHeader.Length(text) != headerLength || string.CompareOrdinal(text, 0, first, 0, headerLength) != 0)
            {
                throw new InvalidOperationException("The files of one batch must share a header: " + Parts[i].HintName);
            }

            int aliasesLength = FileHeader.AliasesLength(text, headerLength);
            for (int line = headerLength; line < headerLength + aliasesLength - 1; line = text.IndexOf('\n', line) + 1)
            {
                aliases.Add(text.Substring(line, text.IndexOf('\n', line) + 1 - line));
            }

            bodies[i] = headerLength + aliasesLength;
            length += 1 + text.Length - bodies[i];
        }

        foreach (string alias in aliases)
        {
            length += alias.Length;
        }

        // Consecutive parts of the JSON context share its class block, and parts of one shard (ContextShards, which
        // the part names sort together) that block too: each part is its blocks alone (TypeInfoEmitter), so the
        // closing braces of one and the opening lines of the next are left out where they are the same classes (on
        // OpenAI's spec, 2,600 parts declare the context 20 times and a shard 49 times).
        var starts = new int[Parts.Count];
        var ends = new int[Parts.Count];
        var blocks = new List<int>[Parts.Count];
        for (int i = 0; i < Parts.Count; i++)
        {
            starts[i] = bodies[i];
            ends[i] = Parts[i].Text.Length;
            blocks[i] = Parts[i].AlwaysBatched ? ClassBlocks(Parts[i].Text, bodies[i]) : new List<int>();
        }

        for (int i = 0; i + 1 < Parts.Count; i++)
        {
            string text = Parts[i].Text;
            string next = Parts[i + 1].Text;
            int shared = 0;
            while (shared < blocks[i].Count && shared < blocks[i + 1].Count
                && blocks[i][shared] - bodies[i] == blocks[i + 1][shared] - bodies[i + 1]
                && string.CompareOrdinal(text, bodies[i], next, bodies[i + 1], blocks[i][shared] - bodies[i]) == 0)
            {
                shared++;
            }

            if (shared > 0)
            {
                // The last lines of a part close its blocks, innermost first: the outermost `shared` of them go.
                int closing = 0;
                for (int level = 0; level < shared; level++)
                {
                    closing += (level * 4) + 2;
                }

                ends[i] -= closing;
                starts[i + 1] = blocks[i + 1][shared - 1];
                length -= closing + (starts[i + 1] - bodies[i + 1]);
            }
        }

        // Sized once to the final length, so the 0.5 MB-sized text is not copied as the builder grows.
        var builder = new StringBuilder(length).Append(first, 0, headerLength);
        foreach (string alias in aliases)
        {
            builder.Append(alias);
        }

        if (aliases.Count > 0)
        {
            builder.Append('\n');
        }

        for (int i = 0; i < Parts.Count; i++)
        {
            builder.Append(Parts[i].Text, starts[i], ends[i] - starts[i]);
            if (i < Parts.Count - 1)
            {
                builder.Append('\n');
            }
        }

        return new GeneratedSource(HintName, builder.ToString(), Parts[0].SpecPath);
    }

    /// <summary>
    /// Where each class block a part opens before its first member ends (after its <c>{</c> line), outermost first:
    /// <c>partial class C</c> and, nested in it, <c>internal static partial class __ShardN</c>, each at its depth's indentation.
    /// Empty unless the part ends with the braces that close them all.
    /// </summary>
    private static List<int> ClassBlocks(string text, int body)
    {
        var blocks = new List<int>();
        int at = body;
        while (true)
        {
            string indent = new(' ', blocks.Count * 4);
            int lineEnd = text.IndexOf('\n', at);
            if (lineEnd < 0 || string.CompareOrdinal(text, at, indent, 0, indent.Length) != 0 || text.IndexOf("partial class ", at, lineEnd - at, StringComparison.Ordinal) < 0
                || string.CompareOrdinal(text, lineEnd + 1, indent + "{\n", 0, indent.Length + 2) != 0)
            {
                break;
            }

            at = lineEnd + indent.Length + 3;
            blocks.Add(at);
        }

        var closing = new StringBuilder();
        for (int level = blocks.Count - 1; level >= 0; level--)
        {
            closing.Append(' ', level * 4).Append("}\n");
        }

        return blocks.Count > 0 && text.EndsWith("\n" + closing, StringComparison.Ordinal) ? blocks : new List<int>();
    }
}
