using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Json30 = Constructs.Documents.OpenApi30;
using Swagger20 = Constructs.Documents.Swagger20;
using V31 = Constructs.Documents.OpenApi31;
using V32 = Constructs.Documents.OpenApi32;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/swagger-2.0.yaml, openapi-3.0.json, openapi-3.1.yaml and openapi-3.2.yaml describe the same Pet: each version
/// and format gives a model that round-trips, and a client that sends and reads it.
/// </summary>
public sealed class DocumentTests
{
    private const string PetJson = """{"id":7,"name":"Rex","tag":null,"status":"sold","born":"2020-05-01","photos":["a.png"]}""";

    [Fact]
    public void Swagger_2_0_yaml_round_trips()
    {
        Swagger20.Pet pet = RoundTrip.Assert(PetJson, Swagger20.Swagger20JsonContext.Default.Pet);

        Assert.Equal(new DateOnly(2020, 5, 1), pet.Born);
    }

    [Fact]
    public void OpenApi_3_0_json_round_trips()
    {
        Json30.Pet pet = RoundTrip.Assert(PetJson, Json30.OpenApi30JsonContext.Default.Pet);

        Assert.Equal(Json30.PetStatus.Sold, pet.Status);
    }

    [Fact]
    public void OpenApi_3_1_yaml_round_trips()
    {
        RoundTrip.Assert(PetJson, V31.OpenApi31JsonContext.Default.Pet);
    }

    [Fact]
    public void OpenApi_3_2_yaml_round_trips()
    {
        RoundTrip.Assert(PetJson, V32.OpenApi32JsonContext.Default.Pet);
    }

    [Fact]
    public async Task A_Swagger_2_0_client_sends_and_reads_the_model()
    {
        var handler = new EchoHandler();
        var client = new Swagger20.Swagger20Client(new HttpClient(handler));

        Swagger20.Pet pet = await client.AddPetAsync(new Swagger20.Pet { Id = 7, Name = "Rex" }, TestContext.Current.CancellationToken);

        Assert.Equal("https://pets.example.com/v1/pets", handler.RequestUri!.ToString());
        RoundTrip.AssertSameJson("""{"id":7,"name":"Rex"}""", handler.RequestBody!);
        Assert.Equal("Rex", pet.Name);
    }

    [Fact]
    public async Task A_path_key_with_a_query_string_keeps_it()
    {
        var handler = new EchoHandler();
        var client = new V31.OpenApi31Client(new HttpClient(handler));

        await client.AddDogAsync(new V31.Pet { Id = 1, Name = "Rex", Tag = null }, TestContext.Current.CancellationToken);

        Assert.Equal("https://pets.example.com/v1/pets?kind=dog", handler.RequestUri!.ToString());
        RoundTrip.AssertSameJson("""{"id":1,"name":"Rex","tag":null}""", handler.RequestBody!);
    }

    [Fact]
    public async Task An_OpenApi_3_0_json_client_sends_and_reads_the_model()
    {
        var handler = new EchoHandler();
        var client = new Json30.OpenApi30Client(new HttpClient(handler));

        Json30.Pet pet = await client.AddPetAsync(new Json30.Pet { Id = 3, Name = "Tom", Born = new DateOnly(2021, 1, 2) }, TestContext.Current.CancellationToken);

        Assert.Equal(new DateOnly(2021, 1, 2), pet.Born);
    }

    /// <summary>Answers every request with its own body, so a client call is a round trip through HTTP.</summary>
    private sealed class EchoHandler : HttpMessageHandler
    {
        public Uri? RequestUri { get; private set; }

        public string? RequestBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestUri = request.RequestUri;
            RequestBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(RequestBody, Encoding.UTF8, "application/json") };
        }
    }
}
