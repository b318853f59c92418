using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>Redirects: never to another origin with credentials or a body; same-origin 307/308 keep the method and body.</summary>
public sealed class RedirectChaosTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(307)]
    [InlineData(308)]
    [InlineData(302)]
    public async Task A_redirect_to_another_origin_is_not_followed_and_nothing_reaches_it(int status)
    {
        await using var elsewhere = new ChaosServer(exchange => exchange.RespondAsync(200, Chaos.Thread));
        await using var server = new ChaosServer(exchange => exchange.RespondAsync(status, string.Empty, extraHeaders: "Location: " + elsewhere.BaseAddress + "threads\r\n"));
        var request = new CreateThreadRequest { Metadata = new System.Collections.Generic.Dictionary<string, string> { ["secret-body"] = "body-chaos-3c1" } };

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).CreateThreadAsync(request, Cancel));

        Assert.Equal(status, Assert.IsType<ThreadsApiException>(failure).StatusCode);
        Assert.Equal(1, server.Requests);
        Assert.Equal(0, elsewhere.Requests);
        Chaos.AssertNoSecretReached(elsewhere);
    }

    [Fact]
    public async Task A_same_origin_307_is_followed_with_the_method_the_body_and_the_credentials()
    {
        await using var server = new ChaosServer(exchange => exchange.Index == 0
            ? exchange.RespondAsync(307, string.Empty, extraHeaders: "Location: /v1/threads-moved\r\n")
            : exchange.RespondAsync(200, Chaos.Thread));
        var request = new CreateThreadRequest { Metadata = new System.Collections.Generic.Dictionary<string, string> { ["k"] = "v" } };

        ThreadObject thread = await Chaos.ResultOf(() => Chaos.Client(server).CreateThreadAsync(request, Cancel));

        Assert.Equal("thread_abc", thread.Id);
        string[] received = server.Received.ToArray();
        Assert.Equal(2, received.Length);
        Assert.StartsWith("POST /v1/threads-moved ", received[1], StringComparison.Ordinal);
        Assert.Contains("\"k\":\"v\"", received[1], StringComparison.Ordinal);
        Assert.Contains(Chaos.ApiKey, received[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_loop_on_the_same_origin_ends()
    {
        await using var server = new ChaosServer(exchange => exchange.RespondAsync(307, string.Empty, extraHeaders: "Location: /v1/threads/thread_abc\r\n"));

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).GetThreadAsync("thread_abc", Cancel));

        Assert.Equal(307, Assert.IsType<ThreadsApiException>(failure).StatusCode);
        Assert.InRange(server.Requests, 2, 11);
    }

    [Fact]
    public async Task A_client_from_dependency_injection_does_not_follow_a_redirect_to_another_origin_either()
    {
        await using var elsewhere = new ChaosServer(exchange => exchange.RespondAsync(200, Chaos.Thread));
        await using var server = new ChaosServer(exchange => exchange.RespondAsync(307, string.Empty, extraHeaders: "Location: " + elsewhere.BaseAddress + "threads\r\n"));
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Injected.InjectedThreadsClientServiceCollectionExtensions.AddInjectedThreadsClient(services, options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.ApiKey = Chaos.ApiKey;
            options.DefaultHeaders["X-Chaos-Auth"] = Chaos.CustomSecret;
        });
        await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Injected.IInjectedThreadsClient>(provider);

        Exception failure = await Chaos.FailureOf(() => client.CreateThreadAsync(cancellationToken: Cancel));

        Assert.Equal(307, Assert.IsType<Injected.InjectedThreadsApiException>(failure).StatusCode);
        Assert.Equal(0, elsewhere.Requests);
        Chaos.AssertNoSecretReached(elsewhere);
    }
}
