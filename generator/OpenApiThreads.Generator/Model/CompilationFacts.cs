using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiThreads.Generator.Model;

/// <summary>
/// The few things about the consuming compilation the emitted code depends on, reduced to booleans so a keystroke
/// in C# compares equal and re-emits nothing.
/// </summary>
internal sealed record CompilationFacts(bool HasServerSentEvents, bool HasHttpClientFactory, bool HasFeatureSwitchDefinition = false, bool HasFieldKeyword = false)
{
    /// <summary>
    /// C# 14, whose <c>field</c> keyword lets the context's typed properties cache their metadata without a
    /// declared field (a line per type: 0.23 MB of OpenAI's spec). Compared as a number: the generator builds against
    /// a Roslyn that may predate the enum member.
    /// </summary>
    public const int FieldKeywordVersion = 1400;

    /// <summary>
    /// Whether code parsed with <paramref name="options"/> may use <c>field</c>: C# 14 or later (preview counts), on a
    /// compiler that knows C# 14 (before it, preview does not mean the keyword exists).
    /// </summary>
    public static bool SupportsFieldKeyword(ParseOptions options)
        => options is CSharpParseOptions { LanguageVersion: var version }
            && (int)version >= FieldKeywordVersion
            && Enum.IsDefined(typeof(LanguageVersion), FieldKeywordVersion);

    /// <summary>.NET 9+: lets the trimmer fold a feature switch to a constant and drop the code behind it.</summary>
    public const string FeatureSwitchDefinitionType = "System.Diagnostics.CodeAnalysis.FeatureSwitchDefinitionAttribute";

    public const string SseParserType = "System.Net.ServerSentEvents.SseParser";

    public const string HttpClientFactoryExtensionsType = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
}
