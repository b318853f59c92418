using System.Collections.Generic;
using System.Text;

namespace OpenApiThreads.Generator.Emit.Templates;

/// <summary>
/// The placeholder names the templates are written with, and their replacement for one spec. Replacement is by whole
/// identifier (a name inside a longer identifier is left alone), including inside string literals, where the options
/// class is named in a message. The namespace is the dotted <c>OpenApiThreads.Templates</c>.
/// </summary>
internal sealed class TemplateNames
{
    public const string Namespace = "OpenApiThreads.Templates";
    public const string Client = "ApiClientTemplate";
    public const string Options = "ApiOptionsTemplate";
    public const string Exception = "ApiExceptionTemplate";
    public const string Context = "ApiJsonContextTemplate";

    private const string NamespaceHead = "OpenApiThreads";
    private const string NamespaceTail = ".Templates";

    private readonly Dictionary<string, string> _replacements;
    private readonly string _namespace;

    private TemplateNames(Dictionary<string, string> replacements, string ns)
    {
        _replacements = replacements;
        _namespace = ns;
    }

    /// <summary>The names of one spec's client.</summary>
    public static TemplateNames For(EmitHeader header)
    {
        var replacements = new Dictionary<string, string>(System.StringComparer.Ordinal)
        {
            [Client] = header.ClientName,
            [Options] = header.OptionsName,
            [Exception] = header.ExceptionName,
            [Context] = header.ContextName,
        };
        return new TemplateNames(replacements, header.Namespace);
    }

    public string Apply(string line)
    {
        StringBuilder? result = null;
        int copied = 0;
        int i = 0;
        while (i < line.Length)
        {
            if (!IsIdentifierPart(line[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < line.Length && IsIdentifierPart(line[i]))
            {
                i++;
            }

            // A word that starts with a digit is a number (0x1F), not an identifier.
            if (char.IsDigit(line[start]))
            {
                continue;
            }

            string word = line.Substring(start, i - start);
            string? replacement = null;
            if (word == NamespaceHead && string.CompareOrdinal(line, i, NamespaceTail, 0, NamespaceTail.Length) == 0
                && (i + NamespaceTail.Length == line.Length || !IsIdentifierPart(line[i + NamespaceTail.Length])))
            {
                replacement = _namespace;
                i += NamespaceTail.Length;
            }
            else if (!_replacements.TryGetValue(word, out replacement))
            {
                continue;
            }

            result ??= new StringBuilder(line.Length + 32);
            result.Append(line, copied, start - copied).Append(replacement);
            copied = i;
        }

        return result is null ? line : result.Append(line, copied, line.Length - copied).ToString();
    }

    private static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);
}
