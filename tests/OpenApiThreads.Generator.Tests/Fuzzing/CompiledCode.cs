using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Compiler verdicts by generated code. Many mutations leave the code unchanged (a description, an example, a
/// reordering), and compiling is nearly all of a run's time, so identical code is compiled once.
/// </summary>
internal sealed class CompiledCode
{
    private readonly ConcurrentDictionary<string, (int Case, IReadOnlyList<Diagnostic> Diagnostics)> _verdicts = new(StringComparer.Ordinal);

    /// <summary>
    /// The code of one case with its namespace blanked out, hashed: equal keys mean equal code in another namespace.
    /// </summary>
    public static string KeyOf(string caseNamespace, IEnumerable<GeneratedSourceResult> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (GeneratedSourceResult source in sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Blank(source.HintName, caseNamespace) + "\0" + Blank(source.SourceText.ToString(), caseNamespace) + "\0"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public bool TryGet(string key, out int compiledCase, out IReadOnlyList<Diagnostic> diagnostics)
    {
        bool found = _verdicts.TryGetValue(key, out var verdict);
        (compiledCase, diagnostics) = found ? verdict : (0, []);
        return found;
    }

    public void Add(string key, int compiledCase, IReadOnlyList<Diagnostic> diagnostics) => _verdicts.TryAdd(key, (compiledCase, diagnostics));

    // The namespace appears as "namespace CaseN;" and as the "CaseN." prefix of names and hint names.
    private static string Blank(string text, string caseNamespace)
        => text.Replace("namespace " + caseNamespace + ";\n", "namespace \u0001;\n", StringComparison.Ordinal)
            .Replace(caseNamespace + ".", "\u0001.", StringComparison.Ordinal);
}
