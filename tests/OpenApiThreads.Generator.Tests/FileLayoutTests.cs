using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiThreads.Generator.Emit;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Which files the compiler gets: one per generated file for a small spec, batches for a spec with many, cut so an
/// edit changes few of them.
/// </summary>
public sealed class FileLayoutTests
{
    [Fact]
    public void A_spec_at_the_threshold_keeps_one_file_per_generated_file_in_order()
    {
        GeneratedSource[] files = Files("/a.yaml", "A", FileLayout.BatchThreshold).Reverse().ToArray();

        FileLayoutResult layout = FileLayout.Create(files);

        Assert.Equal(files.Select(f => f.HintName), layout.Files.Select(f => f.HintName));
        Assert.All(layout.Files, f => Assert.Same(f.Parts.Single(), f.Render()));
        Assert.Empty(layout.Duplicates);
    }

    [Fact]
    public void A_spec_over_the_threshold_is_batched_with_every_file_exactly_once()
    {
        GeneratedSource[] files = Files("/a.yaml", "A", 3000);

        FileLayoutResult layout = FileLayout.Create(files);

        Assert.All(layout.Files, f => Assert.EndsWith(FileLayout.BatchSuffix, f.HintName, StringComparison.Ordinal));
        Assert.Equal(files.Select(f => f.HintName).Order(StringComparer.Ordinal), layout.Files.SelectMany(f => f.Parts).Select(p => p.HintName));
        Assert.InRange(layout.Files.Count, 3000 / (3 * FileLayout.FilesPerBatch), 3 * 3000 / FileLayout.FilesPerBatch);
        Assert.All(layout.Files, f => Assert.InRange(f.Parts.Count, 1, FileLayout.MaxFilesPerBatch));
        Assert.Equal(layout.Files.Count, layout.Files.Select(f => f.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        OutputFile batch = layout.Files[0];
        // One header and namespace, then every file's body.
        Assert.Equal(Header("A") + string.Join("\n", batch.Parts.Select(p => p.Text.Substring(Header("A").Length))), batch.Render().Text);
        Assert.Equal(batch.Parts[0].HintName.Replace(".g.cs", FileLayout.BatchSuffix, StringComparison.Ordinal), batch.HintName);
    }

    [Fact]
    public void The_layout_does_not_depend_on_the_order_files_arrive_in()
    {
        GeneratedSource[] files = Files("/a.yaml", "A", 2000);

        Assert.Equal(FileLayout.Create(files), FileLayout.Create(files.Reverse().ToArray()));
    }

    [Fact]
    public void Changing_a_files_text_changes_only_its_batch()
    {
        GeneratedSource[] files = Files("/a.yaml", "A", 2000);
        FileLayoutResult before = FileLayout.Create(files);

        files[777] = files[777] with { Text = files[777].Text + "// edited\n" };
        FileLayoutResult after = FileLayout.Create(files);

        Assert.Equal(before.Files.Select(f => f.HintName), after.Files.Select(f => f.HintName));
        Assert.Single(ChangedBatches(before, after));
    }

    [Fact]
    public void Adding_or_removing_a_file_changes_only_the_batch_it_falls_in()
    {
        GeneratedSource[] files = Files("/a.yaml", "A", 2000);
        FileLayoutResult before = FileLayout.Create(files);

        // Every single addition and removal, not a lucky one: at most the batch the file falls in changes, plus its
        // neighbour when the file starts a batch or a long run is split at the maximum size.
        for (int i = 0; i < 200; i++)
        {
            GeneratedSource added = File("/a.yaml", "A", "Type" + (i * 10).ToString("D5", CultureInfo.InvariantCulture) + "Extra");
            Assert.InRange(ChangedBatches(before, FileLayout.Create(files.Append(added).ToArray())).Count, 1, 2);
            Assert.InRange(ChangedBatches(before, FileLayout.Create(files.Where((_, index) => index != i * 10).ToArray())).Count, 1, 2);
        }
    }

    [Fact]
    public void A_name_two_specs_share_is_a_duplicate_and_batch_names_stay_unique()
    {
        GeneratedSource[] first = Files("/a.yaml", "Shared", 800);
        GeneratedSource[] second = Files("/b.yaml", "Shared", 800, start: 700);

        FileLayoutResult layout = FileLayout.Create(first.Concat(second).ToArray());

        Assert.Equal(second.Take(100).Select(f => f.HintName), layout.Duplicates.Select(d => d.HintName));
        Assert.All(layout.Duplicates, d => Assert.Equal("/b.yaml", d.SpecPath));
        Assert.Equal(1500, layout.Files.Sum(f => f.Parts.Count));
        Assert.Equal(layout.Files.Count, layout.Files.Select(f => f.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(layout.Files, f => Assert.Single(f.Parts.Select(p => p.SpecPath).Distinct()));
    }

    [Fact]
    public void A_small_specs_json_context_parts_are_batched_and_its_other_files_are_not()
    {
        GeneratedSource[] files = Files("/a.yaml", "A", 40).Concat(Enumerable.Range(0, 40).Select(i => File("/a.yaml", "A", "Context.Type" + i.ToString("D2", CultureInfo.InvariantCulture)) with { AlwaysBatched = true })).ToArray();

        FileLayoutResult layout = FileLayout.Create(files);

        Assert.Equal(files.Take(40).Select(f => f.HintName), layout.Files.Take(40).Select(f => f.HintName));
        Assert.All(layout.Files.Skip(40), f => Assert.EndsWith(FileLayout.BatchSuffix, f.HintName, StringComparison.Ordinal));
        Assert.Equal(files.Skip(40).Select(f => f.HintName), layout.Files.Skip(40).SelectMany(f => f.Parts).Select(p => p.HintName));
    }

    [Fact]
    public void A_batch_declares_each_alias_any_of_its_files_uses_once_in_order()
    {
        GeneratedSource first = new("A.X.g.cs", Header("A") + "using json = global::System.Text.Json;\n\nclass X { json::JsonElement E; }\n", "/a.yaml", AlwaysBatched: true);
        GeneratedSource second = new("A.Y.g.cs", Header("A") + "class Y { }\n", "/a.yaml", AlwaysBatched: true);
        GeneratedSource third = new("A.Z.g.cs", Header("A") + "using api = global::A;\nusing json = global::System.Text.Json;\n\nclass Z { api::X? X; }\n", "/a.yaml", AlwaysBatched: true);

        OutputFile batch = Assert.Single(FileLayout.Create([first, second, third]).Files);

        Assert.Equal(
            Header("A") + "using api = global::A;\nusing json = global::System.Text.Json;\n\nclass X { json::JsonElement E; }\n\nclass Y { }\n\nclass Z { api::X? X; }\n",
            batch.Render().Text);
    }

    [Fact]
    public void Consecutive_json_context_parts_of_a_batch_share_one_class_block()
    {
        GeneratedSource Part(string name, string type, string members)
            => new("A.Context." + name + ".g.cs", Header("A") + "partial class " + type + "\n{\n" + members + "}\n", "/a.yaml", AlwaysBatched: true);

        // A part of another class between them closes the block, and it opens again after.
        GeneratedSource[] files = [Part("P1", "Context", "    int _p1;\n"), Part("P2", "Context", "    int _p2;\n\n    int _q2;\n"), Part("P3", "Other", "    int _p3;\n"), Part("P4", "Context", "    int _p4;\n"), Part("P5", "Context", "    int _p5;\n")];

        OutputFile batch = Assert.Single(FileLayout.Create(files).Files);

        Assert.Equal(
            Header("A") + "partial class Context\n{\n    int _p1;\n\n    int _p2;\n\n    int _q2;\n}\n\npartial class Other\n{\n    int _p3;\n}\n\npartial class Context\n{\n    int _p4;\n\n    int _p5;\n}\n",
            batch.Render().Text);
    }

    [Fact]
    public void Consecutive_parts_of_one_nested_class_share_its_block_inside_the_contexts()
    {
        GeneratedSource Part(string name, string group, string member)
            => new("A.Context." + name + ".g.cs", Header("A") + "partial class Context\n{\n    private static partial class " + group + "\n    {\n        int " + member + ";\n    }\n}\n", "/a.yaml", AlwaysBatched: true);

        GeneratedSource[] files = [new("A.Context.P1.g.cs", Header("A") + "partial class Context\n{\n    int _p1;\n}\n", "/a.yaml", AlwaysBatched: true), Part("__G3.A", "__G3", "_a"), Part("__G3.B", "__G3", "_b"), Part("__G4.C", "__G4", "_c")];

        OutputFile batch = Assert.Single(FileLayout.Create(files).Files);

        Assert.Equal(
            Header("A") + "partial class Context\n{\n    int _p1;\n\n    private static partial class __G3\n    {\n        int _a;\n\n        int _b;\n    }\n\n    private static partial class __G4\n    {\n        int _c;\n    }\n}\n",
            batch.Render().Text);
    }

    [Fact]
    public void Parts_of_a_big_specs_batch_that_are_not_the_json_contexts_keep_their_own_blocks()
    {
        // Over the threshold every file is batched; only the context's parts (AlwaysBatched) are merged.
        GeneratedSource[] files = Enumerable.Range(0, FileLayout.BatchThreshold + 1)
            .Select(i => new GeneratedSource("A.T" + i.ToString("D5", CultureInfo.InvariantCulture) + ".g.cs", Header("A") + "partial class Context\n{\n    int _f" + i.ToString(CultureInfo.InvariantCulture) + ";\n}\n", "/a.yaml"))
            .ToArray();

        foreach (OutputFile batch in FileLayout.Create(files).Files)
        {
            Assert.Equal(batch.Parts.Count, batch.Render().Text.Split("partial class Context\n{\n").Length - 1);
        }
    }

    private static List<string> ChangedBatches(FileLayoutResult before, FileLayoutResult after)
        => after.Files.Except(before.Files).Select(f => f.HintName).ToList();

    private static GeneratedSource[] Files(string spec, string ns, int count, int start = 0)
        => Enumerable.Range(start, count).Select(i => File(spec, ns, "Type" + i.ToString("D5", CultureInfo.InvariantCulture))).ToArray();

    private static GeneratedSource File(string spec, string ns, string type)
        => new(ns + "." + type + ".g.cs", Header(ns) + "public sealed class " + type + " { }\n", spec);

    private static string Header(string ns) => "// <auto-generated/>\nnamespace " + ns + ";\n\n";
}
