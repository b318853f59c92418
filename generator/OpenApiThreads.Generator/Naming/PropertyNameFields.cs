using System.Globalization;
using System.Text;

namespace OpenApiThreads.Generator.Naming;

/// <summary>
/// The field in the context's <c>PropertyNames</c> table that holds one JSON property name, encoded once for every
/// writer. A pure function of the name (never of the other names), so adding a property elsewhere renames nothing
/// and re-emits no other type's metadata, and one-to-one, because JSON names can be anything.
/// </summary>
internal static class PropertyNameFields
{
    /// <summary>The class the fields live in, nested in the context.</summary>
    public const string ClassName = "PropertyNames";

    /// <summary>
    /// A plain name (a letter, then letters, digits and single underscores) is its own field: <c>created_at</c>.
    /// Any other starts with an underscore, and spells every character that is not a letter or digit as an
    /// underscore and four hex digits: <c>x-id</c> → <c>_x_002did</c>. Plain names never start with an underscore and
    /// the escapes decode one way, so two names never share a field.
    /// </summary>
    public static string FieldName(string jsonName)
    {
        if (IsPlain(jsonName))
        {
            return Identifiers.EscapeKeyword(jsonName);
        }

        if (jsonName.Length > MaxEncoded)
        {
            return Long(jsonName);
        }

        var builder = new StringBuilder("_", jsonName.Length * 2);
        foreach (char c in jsonName)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private const int MaxEncoded = 40;

    /// <summary>
    /// A name too long to spell out (metadata names stop at 1,024 bytes, CS7013): <c>__long_</c>, its first letters and
    /// digits, and a 128-bit hash of the whole. Encoded names that start with two underscores go on with four hex
    /// digits, never with <c>l</c>, so the two kinds never meet.
    /// </summary>
    private static string Long(string name)
    {
        var builder = new StringBuilder("__long_");
        foreach (char c in name)
        {
            if (builder.Length >= 47)
            {
                break;
            }

            if (IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        // Two FNV-1a 64-bit hashes with different offsets: 128 bits, so two long names sharing a field is not a risk.
        ulong first = 14695981039346656037UL;
        ulong second = 0x6c62272e07bb0142UL;
        foreach (char c in name)
        {
            first = unchecked((first ^ c) * 1099511628211UL);
            second = unchecked((second ^ c) * 1099511628211UL ^ (second >> 29));
        }

        return builder.Append('_').Append(first.ToString("x16", CultureInfo.InvariantCulture)).Append(second.ToString("x16", CultureInfo.InvariantCulture)).ToString();
    }

    private static bool IsPlain(string name)
    {
        // The table's own name would be a member named like its class (CS0542); object's would hide them (CS0108).
        if (name.Length == 0 || name.Length > 100 || !IsAsciiLetter(name[0]) || name == ClassName || name.Contains("__") || System.Array.IndexOf(ReservedNames.ObjectMembers, name) >= 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';
}
