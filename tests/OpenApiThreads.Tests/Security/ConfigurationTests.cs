using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenApiThreads.Tests.SecurityMatrix;
using Xunit;

namespace OpenApiThreads.Tests.Security;

/// <summary>
/// Where requests go (options, then the HttpClient's BaseAddress, then the operation's server, then the document's
/// with its variables) and how the client is configured through DI: IOptions, configuration, the resilience handler.
/// </summary>
public sealed class ConfigurationTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await RecordingServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ConfigureHttpClient_sets_the_address_and_both_the_interface_and_the_concrete_client_resolve()
    {
        var services = new ServiceCollection();
        services.AddSecurityMatrixClient(o => o.HeaderKey = "di-key").ConfigureHttpClient(c => c.BaseAddress = _server.BaseAddress);
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ISecurityMatrixClient>().UsesHeaderKeyAsync(Token);
        await provider.GetRequiredService<SecurityMatrixClient>().UsesHeaderKeyAsync(Token);

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal(("/header", "di-key"), (r.Path, r.ApiKeyHeader)));
        Assert.Same(provider.GetRequiredService<IOptions<SecurityMatrixClientOptions>>().Value, provider.GetRequiredService<SecurityMatrixClient>().Options);
    }

    [Fact]
    public async Task The_options_base_address_wins_over_the_HttpClients()
    {
        var services = new ServiceCollection();
        services.AddSecurityMatrixClient(o => o.BaseAddress = _server.BaseAddress).ConfigureHttpClient(c => c.BaseAddress = new Uri("http://127.0.0.1:9/"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ISecurityMatrixClient>().UsesNothingAsync(Token);

        Assert.Equal("/none", _server.Single().Path);
    }

    [Fact]
    public async Task Options_bind_from_configuration_without_reflection_and_configure_runs_after()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Matrix:BaseAddress"] = _server.BaseAddress.ToString(),
            ["Matrix:HeaderKey"] = "from-config",
            ["Matrix:BasicUserName"] = "alice",
            ["Matrix:Region"] = "us",
            ["Matrix:MaxRetries"] = "0",
            ["Matrix:Timeout"] = "00:00:07",
            ["Matrix:DefaultHeaders:X-Trace"] = "trace-1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSecurityMatrixClient(configuration.GetSection("Matrix"), o => o.BasicPassword = "from-code");
        await using ServiceProvider provider = services.BuildServiceProvider();

        SecurityMatrixClientOptions options = provider.GetRequiredService<IOptions<SecurityMatrixClientOptions>>().Value;
        await provider.GetRequiredService<ISecurityMatrixClient>().UsesHeaderKeyAsync(Token);

        Assert.Equal(("from-config", "alice", "from-code", "us", 0, TimeSpan.FromSeconds(7)), (options.HeaderKey, options.BasicUserName, options.BasicPassword, options.Region, options.MaxRetries, options.Timeout));
        Assert.Equal(new Uri("https://us.security.example.test/v1"), options.DocumentServer);
        RecordedRequest request = _server.Single();
        Assert.Equal(("from-config", "trace-1"), (request.ApiKeyHeader, request.Headers["X-Trace"]));
    }

    [Fact]
    public async Task The_client_composes_with_the_standard_resilience_handler()
    {
        int calls = 0;
        _server.Answer = async context =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                return false;
            }

            context.Response.StatusCode = 503;
            await context.Response.WriteAsync("busy", Token);
            return true;
        };
        var services = new ServiceCollection();
        services.AddSecurityMatrixClient(o => o.MaxRetries = 0)
            .ConfigureHttpClient(c => c.BaseAddress = _server.BaseAddress)
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(1));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ISecurityMatrixClient>().UsesNothingAsync(Token);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Without_an_address_the_operations_server_then_the_documents_with_its_variables_is_used()
    {
        var seen = new List<Uri>();
        using var http = new HttpClient(new CapturingHandler(seen));
        var options = new SecurityMatrixClientOptions { Region = "us", Version = "v2" };
        var client = new SecurityMatrixClient(http, options);

        await client.UsesNothingAsync(Token);
        await client.UsesItsOwnServerAsync(Token);
        options.BaseAddress = new Uri("https://proxy.example.test/");
        await client.UsesItsOwnServerAsync(Token);

        Assert.Equal(
            ["https://us.security.example.test/v2/none", "https://files.security.example.test/upload/elsewhere", "https://proxy.example.test/elsewhere"],
            seen.ConvertAll(u => u.AbsoluteUri));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Region = "mars");
        Assert.Equal(new Uri("https://eu.security.example.test/v1/"), SecurityMatrixClientOptions.DefaultBaseAddress);
    }

    private sealed class CapturingHandler(List<Uri> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}

/// <summary>IHttpClientFactory's logs at Trace level, where headers and URIs are written, carry no credential.</summary>
public sealed class CredentialLoggingTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await RecordingServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task No_credential_reaches_the_logs()
    {
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(lines)));
        services.AddSecurityMatrixClient(o =>
        {
            o.BaseAddress = _server.BaseAddress;
            o.HeaderKey = "secret-header";
            o.QueryKey = "secret-query";
            o.Bearer = "secret-bearer";
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        ISecurityMatrixClient client = provider.GetRequiredService<ISecurityMatrixClient>();

        await client.UsesHeaderKeyAndQueryKeyAsync(TestContext.Current.CancellationToken);
        await client.UsesGlobalAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(lines, l => l.Contains("/both", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("secret", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider(System.Collections.Concurrent.ConcurrentQueue<string> lines) : Microsoft.Extensions.Logging.ILoggerProvider
    {
        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> lines) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => lines.Enqueue(formatter(state, exception));
        }
    }
}
