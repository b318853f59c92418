using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiThreads.Generator.Naming;

/// <summary>
/// Names of a client method's parameters. A spec parameter shares the method's scope with the locals and parameters
/// the generated body declares itself, so it may never take one of those names (a query parameter named
/// <c>query</c> made Box's and Stripe's clients fail with CS0136 and CS0841).
/// </summary>
internal static class ParameterNames
{
    /// <summary>
    /// Every local, foreach variable, pattern variable and extra parameter that a generated client method declares
    /// (Emit/OperationEmitter.cs, Emit/ClientMethod.cs). A test reads them back out of generated code, so a new local
    /// that is missing here fails a test instead of a user's build.
    /// </summary>
    public static readonly string[] Reserved =
    [
        "body", "progress", "cancellationToken", "relativeUri", "query", "request", "response", "content", "item", "items", "field", "page", "cursor", "next", "seen",
    ];

    private static readonly HashSet<string> ReservedSet = new(Reserved, StringComparer.Ordinal);

    /// <summary>
    /// A fresh set of taken names for one method; <see cref="Choose"/> adds to it so two parameters never share one.
    /// </summary>
    public static HashSet<string> NewScope() => new(StringComparer.Ordinal);

    /// <summary>
    /// The camelCase name for <paramref name="jsonName"/>: a reserved name gets a <c>Parameter</c> suffix
    /// (<c>query</c> → <c>queryParameter</c>), a repeated one a number, a keyword an <c>@</c>.
    /// </summary>
    public static string Choose(string jsonName, ISet<string> taken)
    {
        string camel = Identifiers.ToCamelCase(jsonName).TrimStart('@');
        if (ReservedSet.Contains(camel))
        {
            camel += "Parameter";
        }

        string chosen = Identifiers.MakeUnique(camel, taken);

        // Contextual keywords too: a parameter named await is an error inside the async method that declares it.
        return SyntaxFacts.GetContextualKeywordKind(chosen) != SyntaxKind.None ? "@" + chosen : Identifiers.EscapeKeyword(chosen);
    }
}
