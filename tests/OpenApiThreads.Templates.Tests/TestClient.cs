using System;
using System.Net.Http;
using OpenApiThreads.Templates;

namespace OpenApiThreads.Templates.Tests;

/// <summary>A template client over a <see cref="StubHandler"/>, with retry delays short enough for tests.</summary>
internal static class TestClient
{
    public static (ApiClientTemplate Client, StubHandler Handler, ApiOptionsTemplate Options) Create(TimeSpan? httpClientTimeout = null, Uri? httpClientBaseAddress = null)
    {
        var handler = new StubHandler();
        var options = new ApiOptionsTemplate
        {
            BaseAddress = new Uri("https://api.example.test/v1"),
            InitialRetryDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(4),
        };
        var httpClient = new HttpClient(handler) { Timeout = httpClientTimeout ?? TimeSpan.FromSeconds(100), BaseAddress = httpClientBaseAddress };
        return (new ApiClientTemplate(httpClient, options), handler, options);
    }
}
