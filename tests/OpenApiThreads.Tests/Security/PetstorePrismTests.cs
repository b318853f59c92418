using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Conformance;
using OpenApiThreads.Tests.Petstore;
using Xunit;

namespace OpenApiThreads.Tests.Security;

/// <summary>Prism serving Specs/petstore.yaml with <c>--errors</c>: it answers 401 to a call without the credentials the operation requires.</summary>
public sealed class PetstorePrism : PrismServer
{
    protected override string SpecPath => Path.Combine("tests", "OpenApiThreads.Tests", "Specs", "petstore.yaml");

    protected override string[] ExtraArguments => ["--errors"];
}

/// <summary>
/// The Petstore's security shape (OAuth2 listed first, an <c>api_key</c> header, different per operation) against a
/// server that enforces it: every operation gets 200, with the token provider asked for the operation's scopes.
/// </summary>
public sealed class PetstorePrismTests(PetstorePrism prism) : IClassFixture<PetstorePrism>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly List<IReadOnlyList<string>> _scopes = [];

    private PetstoreClient Client(bool withApiKey = true, bool withToken = true) => new(new PetstoreClientOptions
    {
        BaseAddress = prism.BaseAddress,
        MaxRetries = 0,
        ApiKey = withApiKey ? "special-key" : null,
        PetstoreAuthProvider = withToken ? (scopes, _) => { _scopes.Add(scopes); return ValueTask.FromResult("petstore-token"); } : null,
    });

    [Fact]
    public async Task Every_operation_gets_200_with_the_credentials_it_requires()
    {
        PetstoreClient client = Client();

        Pet added = await client.AddPetAsync(new Pet { Name = "doggie" }, Token);
        Pet fetched = await client.GetPetByIdAsync(10, Token);
        await client.DeletePetAsync(10, Token);
        IDictionary<string, int> inventory = await client.GetInventoryAsync(Token);
        Order order = await client.PlaceOrderAsync(new Order { PetId = 10, Quantity = 1 }, Token);
        await client.LogoutUserAsync(Token);

        Assert.Equal("doggie", added.Name);
        Assert.Equal(10, fetched.Id);
        Assert.Equal(3, inventory["available"]);
        Assert.Equal(7, order.Id);
        Assert.Equal(2, _scopes.Count);
        Assert.All(_scopes, s => Assert.Equal(["write:pets", "read:pets"], s));
    }

    [Fact]
    public async Task The_api_key_alone_is_enough_where_it_is_an_alternative_and_the_token_alone_where_it_is()
    {
        Pet byKey = await Client(withToken: false).GetPetByIdAsync(10, Token);
        Pet byToken = await Client(withApiKey: false).GetPetByIdAsync(10, Token);

        Assert.Equal(10, byKey.Id);
        Assert.Equal(10, byToken.Id);
    }

    [Fact]
    public async Task Without_the_credential_an_operation_requires_prism_answers_401()
    {
        var failure = await Assert.ThrowsAsync<PetstoreApiException>(() => Client(withApiKey: false).GetInventoryAsync(Token));

        Assert.Equal(401, failure.StatusCode);
        Assert.DoesNotContain("petstore-token", failure.ToString(), StringComparison.Ordinal);
    }
}
