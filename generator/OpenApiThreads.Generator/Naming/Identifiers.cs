using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiThreads.Generator.Naming;

/// <summary>
/// Turns any JSON or schema name into a valid, idiomatic C# identifier. Every name the emitters print passes through
/// here first, so emitters never invent or fix names.
/// </summary>
internal static class Identifiers
{
    /// <summary><c>created_at</c> → <c>CreatedAt</c>, <c>thread.deleted</c> → <c>ThreadDeleted</c>, <c>2fa</c> → <c>_2fa</c>.</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool upperNext = true;
        foreach (char c in name)
        {
            if (!IsIdentifierPart(c))
            {
                upperNext = true;
                continue;
            }

            if (upperNext)
            {
                builder.Append(char.ToUpperInvariant(c));
                upperNext = false;
            }
            else
            {
                // Keep camelCase humps ("vectorStore" → "VectorStore") as they are.
                builder.Append(c);
            }
        }

        string result = builder.ToString();
        if (result.Length == 0)
        {
            return "Value";
        }

        return Shorten(char.IsDigit(result[0]) ? "_" + result : result);
    }

    private const int MaxLength = 120;

    /// <summary>
    /// Keeps identifiers well under C#'s 511-character limit and the 1,024-byte limit on a type's metadata name,
    /// which deeply nested inline schemas (Parent + Property + Property …) would otherwise exceed. A shortened name
    /// keeps its start and end and a hash of the whole, so it stays readable, stable and distinct.
    /// </summary>
    public static string Shorten(string identifier)
    {
        if (identifier.Length <= MaxLength)
        {
            return identifier;
        }

        uint hash = 2166136261;
        foreach (char c in identifier)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return identifier.Substring(0, 60) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture) + "_" + identifier.Substring(identifier.Length - 40);
    }

    /// <summary>A camelCase parameter name, escaped with @ when it is a keyword.</summary>
    public static string ToCamelCase(string name)
    {
        string pascal = ToPascalCase(name);
        string camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>Returns <paramref name="name"/>, or it with the smallest numeric suffix that is not taken yet.</summary>
    public static string MakeUnique(string name, ISet<string> taken)
    {
        if (taken.Add(name))
        {
            return name;
        }

        for (int i = 2; ; i++)
        {
            string candidate = name + i.ToString(CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static bool IsIdentifierPart(char c)
        => c < 128 ? char.IsLetterOrDigit(c) : SyntaxFacts.IsIdentifierPartCharacter(c) && c != '_';
}
