using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using System.Text;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The JSON context's nested classes <c>__Shard0</c> to <c>__Shard15</c>, which hold every type's metadata factory
/// (<c>Create_X</c>), reader (<c>Read_X</c>) and writer (<c>Serialize_X</c>), each in the shard a stable hash of the
/// type's name picks. The compiler compiles one class's methods (and the lambdas in them) on one thread: in the
/// context itself, OpenAI's 2,600 factories, 1,500 readers and 800 writers kept one core busy while the other
/// finished the rest. The context keeps what its users see (the typed properties and the resolver) and the shared
/// helpers, which the shards, being nested, call by their simple names.
/// </summary>
/// <remarks>
/// Every file names these methods unqualified, as before, through a <c>using static</c> directive for each shard
/// whose methods it calls (<see cref="ImportsFor"/>). A method's shard follows from its name alone, so an emitter
/// never needs to know where another type's methods are, and a reference costs no bytes for its class. The context
/// declares every shard, so a directive never names a class that does not exist. "__" keeps the names clear of any
/// the naming pass produces.
/// </remarks>
internal static class ContextShards
{
    public const int Count = 16;

    private static readonly string[] s_prefixes = { "Create_", "Read_", "Serialize_" };

    /// <summary>The shard that holds the factory, reader and writer of the type whose metadata property is <paramref name="info"/>.</summary>
    public static string Of(string info) => Name(Index(StableHash.Of(info)));

    public static string Name(int shard) => "__Shard" + shard.ToString(CultureInfo.InvariantCulture);

    private static int Index(uint hash) => (int)(hash % Count);

    /// <summary>
    /// The <c>using static</c> directives for the shards whose methods the text of a file calls, from
    /// <paramref name="start"/> on, one line each, in ordinal order (so a batch's merged block is ordered the same
    /// way), or an empty string. A name that only looks like a call (in a comment) adds a directive for a shard that
    /// exists anyway, which is harmless.
    /// </summary>
    public static string ImportsFor(string text, int start, string modelNamespace, string contextName)
    {
        var used = new bool[Count];
        foreach (string prefix in s_prefixes)
        {
            for (int at = text.IndexOf(prefix, start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + prefix.Length, StringComparison.Ordinal))
            {
                int name = at + prefix.Length;
                int end = name;
                while (end < text.Length && IsIdentifierChar(text[end]))
                {
                    end++;
                }

                if ((at == start || !IsIdentifierChar(text[at - 1])) && end > name)
                {
                    used[Index(StableHash.Of(text, name, end - name))] = true;
                }
            }
        }

        var shards = new List<string>();
        for (int i = 0; i < Count; i++)
        {
            if (used[i])
            {
                shards.Add(Name(i));
            }
        }

        shards.Sort(StringComparer.Ordinal);
        var block = new StringBuilder();
        foreach (string shard in shards)
        {
            block.Append("using static global::").Append(modelNamespace).Append('.').Append(contextName).Append('.').Append(shard).Append(";\n");
        }

        return block.ToString();
    }

    /// <summary>
    /// A character C# allows after an identifier's first, as Roslyn decides it: the name is read whole, as the emitter
    /// hashed it, even with a combining mark or a joiner (which C# ignores in comparing names).
    /// </summary>
    private static bool IsIdentifierChar(char c) => SyntaxFacts.IsIdentifierPartCharacter(c);
}
