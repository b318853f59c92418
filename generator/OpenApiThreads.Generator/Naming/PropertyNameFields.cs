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
