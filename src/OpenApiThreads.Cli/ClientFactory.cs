using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads;
using OpenApiThreads.Cli.CommandLine;
using OpenApiThreads.Emulator;

namespace OpenApiThreads.Cli;

/// <summary>
/// Decides where requests go and with which key: <c>--base-url</c>, else <c>OPENAI_BASE_URL</c>, else an emulator
/// started in-process for this one command (when the build has one, see <see cref="EmbeddedEmulator"/>).
/// </summary>
internal static class ClientFactory
{
    public const string ApiKeyVariable = "OPENAI_API_KEY";
    public const string BaseUrlVariable = "OPENAI_BASE_URL";

    // The emulator wants some bearer token and accepts any; this one says what it is if it ever shows up in a log.
    private const string EmulatorPlaceholderKey = "emulator-placeholder-key";

    // Long enough for a slow real server, short enough that a black-holed address does not hang a script for ever.
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    public static async Task<ApiConnection> ConnectAsync(string? baseUrlOption, Func<string, string?> environment, TextWriter error, CancellationToken cancellationToken)
    {
        string? apiKey = NonEmpty(environment(ApiKeyVariable));
        (string? baseUrl, string source) = baseUrlOption is not null
            ? (baseUrlOption, ArgumentParser.BaseUrlOption)
            : (NonEmpty(environment(BaseUrlVariable)), BaseUrlVariable);

        if (baseUrl is null)
        {
            if (!EmbeddedEmulator.IsAvailable)
            {
                throw EmbeddedEmulator.NoBaseUrl();
            }

            return await ConnectToEmbeddedEmulatorAsync(apiKey, error, cancellationToken).ConfigureAwait(false);
        }

        Uri baseAddress = ParseBaseUrl(baseUrl, source);
        if (apiKey is null)
        {
            throw new UsageException($"{ApiKeyVariable} is not set; it is required when {source} is used"
                + (EmbeddedEmulator.IsAvailable ? $" (omit both {ArgumentParser.BaseUrlOption} and {BaseUrlVariable} to use the built-in emulator, which needs no key)" : string.Empty));
        }

        return Create(new HttpClient { Timeout = RequestTimeout }, baseAddress, apiKey, server: null);
    }

    // Reached only behind EmbeddedEmulator.IsAvailable: this is the one place a command starts ThreadsEmulator.
    private static async Task<ApiConnection> ConnectToEmbeddedEmulatorAsync(string? apiKey, TextWriter error, CancellationToken cancellationToken)
    {
        ThreadsEmulator emulator = await ThreadsEmulator.StartAsync(cancellationToken).ConfigureAwait(false);
        error.WriteLine($"note: no {ArgumentParser.BaseUrlOption} or {BaseUrlVariable}; using the built-in emulator at {emulator.BaseAddress.AbsoluteUri} (its threads vanish when this command exits)");
        // Loopback only: a proxy from HTTP_PROXY/HTTPS_PROXY must not see (or break) these requests.
        var emulatorHttp = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = RequestTimeout };
        return Create(emulatorHttp, emulator.BaseAddress, apiKey ?? EmulatorPlaceholderKey, emulator);
    }

    private static ApiConnection Create(HttpClient httpClient, Uri baseAddress, string apiKey, IAsyncDisposable? server)
    {
        var client = new ThreadsClient(httpClient, new ThreadsClientOptions { BaseAddress = baseAddress, ApiKey = apiKey });
        return new ApiConnection(client, httpClient, baseAddress, server);
    }

    private static Uri ParseBaseUrl(string value, string source)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"{source} '{value}' is not an absolute http:// or https:// URL, e.g. https://api.openai.com/v1/");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new UsageException($"{source} '{value}' must not have a query or fragment; operation paths are appended to it");
        }

        return uri;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
