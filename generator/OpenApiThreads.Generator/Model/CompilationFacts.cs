namespace OpenApiThreads.Generator.Model;

/// <summary>
/// The few things about the consuming compilation the emitted code depends on, reduced to booleans so a keystroke
/// in C# compares equal and re-emits nothing.
/// </summary>
internal sealed record CompilationFacts(bool HasServerSentEvents, bool HasHttpClientFactory, bool HasFeatureSwitchDefinition = false)
{
    /// <summary>.NET 9+: lets the trimmer fold a feature switch to a constant and drop the code behind it.</summary>
    public const string FeatureSwitchDefinitionType = "System.Diagnostics.CodeAnalysis.FeatureSwitchDefinitionAttribute";

    public const string SseParserType = "System.Net.ServerSentEvents.SseParser";

    public const string HttpClientFactoryExtensionsType = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
}
