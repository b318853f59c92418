using System;
using System.Collections.Generic;
using System.Text;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// Decides which files the compiler gets: each generated file as it is, or, for a spec that generates many, batches
/// of them concatenated into one file each. The JSON context's per-type parts are batched for every spec: they are one
/// class spread over files, and each file would pay its header and alias directives (on threads.yaml, 205 files and
/// about 90 KB).
/// </summary>
/// <remarks>
/// Roslyn re-adds every generated file on every run, cached or not, and checks each hint name against all files
/// already added with a linear scan: the cost of a keystroke grows with the square of the file count (OpenAI's spec,
/// 5,351 files: about 50 ms for an edit that re-emits nothing). Fewer files make that negligible. Concatenating is
/// valid C# because every generated file is a whole compilation unit with the same header and file-scoped namespace,
/// names qualified by <c>global::</c> or a namespace alias, and no using directives but those aliases, which a batch
/// declares once.
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
    /// A spec with more files than this is batched whole. threads.yaml (381 files) keeps a file per model type; at 500 files
    /// the re-adding costs about 0.4 ms a run, under the 1 ms a keystroke may take.
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
            if (spec.Count <= BatchThreshold)
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

    /// <summary>FNV-1a over the name's characters: the same in every process (string.GetHashCode is not).</summary>
    private static bool StartsBatch(string hintName)
    {
        uint hash = 2166136261;
        foreach (char c in hintName)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash % FilesPerBatch == 0;
    }
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

        // Consecutive parts of the JSON context share one class block: each part is that block alone
        // (TypeInfoEmitter), so the closing brace of one and the opening lines of the next are left out (on OpenAI's
        // spec, 2,600 declarations of one partial class become a few dozen, and about 100 KB).
        var starts = new int[Parts.Count];
        var ends = new int[Parts.Count];
        for (int i = 0; i < Parts.Count; i++)
        {
            starts[i] = bodies[i];
            ends[i] = Parts[i].Text.Length;
        }

        for (int i = 0; i + 1 < Parts.Count; i++)
        {
            if (SharedClassOpening(Parts[i], bodies[i], Parts[i + 1], bodies[i + 1]) is { } opening)
            {
                ends[i] -= ClassClosing.Length;
                starts[i + 1] += opening;
                length -= ClassClosing.Length + opening;
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

    private const string ClassClosing = "}\n";

    /// <summary>
    /// The length of the opening lines (<c>partial class C</c> and <c>{</c>) two parts of the JSON context share, when
    /// <paramref name="next"/> directly follows <paramref name="part"/>; null for any other two files.
    /// </summary>
    private static int? SharedClassOpening(GeneratedSource part, int body, GeneratedSource next, int nextBody)
    {
        if (!part.AlwaysBatched || !next.AlwaysBatched || !part.Text.EndsWith("\n" + ClassClosing, StringComparison.Ordinal))
        {
            return null;
        }

        int lineEnd = part.Text.IndexOf('\n', body);
        int opening = lineEnd + 3 - body;
        return string.CompareOrdinal(part.Text, body, "partial class ", 0, "partial class ".Length) == 0
            && string.CompareOrdinal(part.Text, lineEnd, "\n{\n", 0, 3) == 0
            && nextBody + opening <= next.Text.Length
            && string.CompareOrdinal(part.Text, body, next.Text, nextBody, opening) == 0
                ? opening
                : null;
    }
}
