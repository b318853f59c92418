using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Bodies.Generated;
using Xunit;

namespace OpenApiThreads.Tests.Conformance;

/// <summary>Prism serving Specs/bodies.yaml with <c>--errors</c>: it validates each request against the spec.</summary>
public sealed class BodiesPrism : PrismServer
{
    protected override string SpecPath => Path.Combine("tests", "OpenApiThreads.Tests", "Specs", "bodies.yaml");

    protected override string[] ExtraArguments => ["--errors"];
}

/// <summary>
/// The focused bodies spec against Prism: the form and text requests the generated client writes pass Prism's
/// validation, and Prism does refuse a request that breaks the spec (so passing means something). Multipart is
/// checked against ASP.NET Core's reader instead (Bodies/BodyKindTests): Prism 5 closes the connection on it.
/// </summary>
public sealed class BodiesPrismTests(BodiesPrism prism) : IClassFixture<BodiesPrism>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private BodiesClient Client() => new(new HttpClient(), new BodiesClientOptions { BaseAddress = prism.BaseAddress, MaxRetries = 0 });

    // Arrays of objects (items[0][price]) are left out: Prism 5 reads an array of objects in a form only as JSON text,
    // which is not what the spec's deepObject encoding says; ASP.NET Core's reader and Stripe's own wire are the check
    // for those (Bodies/BodyKindTests, Stripe/StripeWireTests).
    [Fact]
    public async Task A_form_body_passes_validation()
    {
        await Client().CreateCustomerAsync(
            new CreateCustomerRequest
            {
                Email = "ada@example.com",
                Balance = 5,
                Metadata = new Dictionary<string, string> { ["plan"] = "pro" },
                Expand = ["customer"],
            },
            Token);
    }

    [Fact]
    public async Task Text_and_empty_bodies_pass_validation()
    {
        await Client().ShoutAsync("hello", Token);
        await Client().PingAsync(Token);
    }

    [Fact]
    public async Task Prism_refuses_a_form_that_breaks_the_spec()
    {
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("balance", "not a number")]);

        using HttpResponseMessage response = await http.PostAsync(new Uri(prism.BaseAddress, "customers"), content, Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }
}
