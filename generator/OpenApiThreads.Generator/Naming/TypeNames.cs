using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenApiThreads.Generator.Naming;

/// <summary>
/// The names of generated types in one model. A name is taken ignoring case, because each type's file is named
/// after it and Roslyn compares hint names ignoring case. A name also may not equal what the JSON context calls a
/// collection or nullable of another type (<c>ListPet</c> for <c>IList&lt;Pet&gt;</c>, <c>NullableInt64</c>), since
/// the context declares one member for each.
/// </summary>
internal sealed class TypeNames
{
    // TypeRef.InfoName spells a collection or a nullable as one of these before its element's name.
    private static readonly string[] ContextPrefixes = ["List", "Dictionary", "Nullable"];

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    // What taken names are once their context prefixes are stripped: 'Pet' after ListPet, so Pet is refused next.
    private readonly HashSet<string> _wrapped = new(StringComparer.OrdinalIgnoreCase);

    public TypeNames(IEnumerable<string> reserved)
    {
        foreach (string name in reserved)
        {
            Add(name);
        }
    }

    /// <summary>How many context prefixes start <paramref name="name"/>: types with fewer claim their names first.</summary>
    public static int PrefixCount(string name) => Unwrapped(name).Count;

    /// <summary><paramref name="wanted"/>, or it with the smallest number that makes it free; the result is taken.</summary>
    public string Claim(string wanted)
    {
        string chosen = wanted;
        for (int i = 2; !IsFree(chosen); i++)
        {
            chosen = wanted + i.ToString(CultureInfo.InvariantCulture);
        }

        Add(chosen);
        return chosen;
    }

    private bool IsFree(string name)
    {
        if (_taken.Contains(name) || _wrapped.Contains(name))
        {
            return false;
        }

        foreach (string inner in Unwrapped(name))
        {
            if (_taken.Contains(inner))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string name)
    {
        _taken.Add(name);
        foreach (string inner in Unwrapped(name))
        {
            _wrapped.Add(inner);
        }
    }

    /// <summary><c>ListNullablePet</c> → <c>NullablePet</c>, <c>Pet</c>.</summary>
    private static List<string> Unwrapped(string name)
    {
        var result = new List<string>();
        for (bool stripped = true; stripped;)
        {
            stripped = false;
            foreach (string prefix in ContextPrefixes)
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    name = name.Substring(prefix.Length);
                    result.Add(name);
                    stripped = true;
                    break;
                }
            }
        }

        return result;
    }
}
