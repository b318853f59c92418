namespace OpenApiThreads.Generator.Model;

/// <summary>
/// The few things about the consuming compilation the emitted code depends on, reduced to booleans so a keystroke
/// in C# compares equal and re-emits nothing.
/// </summary>
internal sealed record CompilationFacts(bool HasServerSentEvents, bool HasHttpClientFactory)
{
    public const string SseParserType = "System.Net.ServerSentEvents.SseParser";

    public const string HttpClientFactoryExtensionsType = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
}
