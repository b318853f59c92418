using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Emit;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Every type's factory, reader and writer are in one of the context's nested shards, so the compiler spreads them over
/// its threads, and every file finds them by their simple names through the shards it imports.
/// </summary>
public sealed class ContextShardsTests
{
    private const StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public void The_context_keeps_no_factory_reader_or_writer_and_the_shards_share_them_out()
    {
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec);
        Assert.Empty(GeneratorHarness.Problems(output));

        INamedTypeSymbol context = output.GetTypeByMetadataName("Consumer.OpenAIThreads.OpenAIThreadsJsonContext")!;
        Assert.DoesNotContain(context.GetMembers(), m => IsPerType(m.Name));

        var shards = context.GetTypeMembers().Where(t => t.Name.StartsWith("__Shard", Exact)).ToList();
        Assert.Equal(Enumerable.Range(0, ContextShards.Count).Select(ContextShards.Name).Order(StringComparer.Ordinal), shards.Select(s => s.Name).Order(StringComparer.Ordinal));
        foreach (INamedTypeSymbol shard in shards)
        {
            // Each method is in the shard its type's name picks, so a caller knows where it is from the name alone.
            foreach (ISymbol method in shard.GetMembers().Where(m => IsPerType(m.Name)))
            {
                Assert.Equal(shard.Name, ContextShards.Of(method.Name.Substring(method.Name.IndexOf('_', Exact) + 1)));
            }
        }

        // threads.yaml's 203 types are spread over every shard, none with more than a fifth of them.
        int[] factories = shards.Select(s => s.GetMembers().Count(m => m.Name.StartsWith("Create_", Exact))).ToArray();
        Assert.Equal(context.GetMembers().OfType<IPropertySymbol>().Count(p => p.Type.Name == "JsonTypeInfo"), factories.Sum());
        Assert.All(factories, count => Assert.InRange(count, 1, factories.Sum() / 5));
        Assert.NotEmpty(result.Results.Single().GeneratedSources);
    }

    [Theory]
    [InlineData("Create_Run(", "Run")]
    [InlineData("return Read_ListString(ref reader, options);", "ListString")]
    [InlineData("WriteBranch<api::X>(writer, value._value, options, Serialize_X);", "X")]
    // A combining accent (U+0301) and a zero-width joiner (U+200D) are parts of a C# name; the name is hashed whole.
    [InlineData("Create_E\u0301tat(o)", "E\u0301tat")]
    [InlineData("Reached(Create_X\u200Dy)", "X\u200Dy")]
    public void A_file_imports_the_shard_of_each_method_it_calls(string body, string info)
    {
        Assert.Equal("using static global::N.Ctx." + ContextShards.Of(info) + ";\n", ContextShards.ImportsFor(body, 0, "N", "Ctx"));
    }

    [Fact]
    public void Only_the_text_after_the_header_is_read()
    {
        string text = "// Serialize_InTheHeader\nnamespace N;\n\nSerialize_Body(writer, value);";
        int start = text.IndexOf("Serialize_Body", Exact);

        Assert.Equal("using static global::N.Ctx." + ContextShards.Of("Body") + ";\n", ContextShards.ImportsFor(text, start, "N", "Ctx"));
    }

    [Theory]
    [InlineData("private static PropertyTable? s_Read_properties;")]
    [InlineData("CreateExact_Pet(options)")]
    [InlineData("PolymorphicConverter_Pet")]
    [InlineData("Read_ alone")]
    public void Names_that_only_contain_a_prefix_import_nothing(string body)
    {
        Assert.Equal(string.Empty, ContextShards.ImportsFor(body, 0, "N", "Ctx"));
    }

    private static bool IsPerType(string name) => name.StartsWith("Create_", Exact) || name.StartsWith("Read_", Exact) || name.StartsWith("Serialize_", Exact);
}
