using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OpenApiThreads.Tests.Injected;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>
/// The registration extension exists only where Microsoft.Extensions.Http is referenced: this project has it (and
/// generates its own copy of the client), the OpenApiThreads library does not.
/// </summary>
public sealed class DependencyInjectionTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_registered_client_comes_from_IHttpClientFactory_and_calls_the_server()
    {
        var services = new ServiceCollection();
        services.AddInjectedThreadsClient(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.ApiKey = "test-key";
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IInjectedThreadsClient>();
        Injected.ThreadObject created = await client.CreateThreadAsync(cancellationToken: TestContext.Current.CancellationToken);
        Injected.ThreadObject fetched = await client.GetThreadAsync(created.Id, TestContext.Current.CancellationToken);

        Assert.IsType<InjectedThreadsClient>(client);
        Assert.Equal(created.Id, fetched.Id);
        Assert.Same(provider.GetRequiredService<InjectedThreadsClientOptions>(), ((InjectedThreadsClient)client).Options);
        Assert.NotNull(provider.GetService<IHttpClientFactory>());
    }

    [Fact]
    public void A_project_without_Microsoft_Extensions_Http_gets_no_extension()
    {
        Assert.Null(typeof(OpenApiThreads.ThreadsClient).Assembly.GetType("OpenApiThreads.ThreadsClientServiceCollectionExtensions"));
        Assert.NotNull(typeof(InjectedThreadsClient).Assembly.GetType("OpenApiThreads.Tests.Injected.InjectedThreadsClientServiceCollectionExtensions"));
    }
}
