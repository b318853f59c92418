using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenApiThreads.Tests.Polymorphism.Generated;
using Xunit;

namespace OpenApiThreads.Tests.Polymorphism;

/// <summary>
/// Specs/polymorphism.yaml over Kestrel: responses typed as the base <c>Pet</c> come back as the subclass the server's
/// tag names, and a subclass sent where a Pet is declared goes out with all its properties.
/// </summary>
public sealed class PolymorphicClientTests(PolymorphicClientTests.PetServer server) : IClassFixture<PolymorphicClientTests.PetServer>
{
    private PetsClient Client => new(new HttpClient(), new PetsClientOptions { BaseAddress = server.BaseAddress });

    [Fact]
    public async Task A_response_typed_as_the_base_is_the_subclass_the_tag_names()
    {
        Pet pet = await Client.GetPetAsync("rex", TestContext.Current.CancellationToken);

        Dog dog = Assert.IsType<Dog>(pet);
        Assert.Equal(("dog", "Rex", "collie"), (dog.Kind, dog.Name, dog.Breed));
        Assert.Null(dog.AdditionalData);
    }

    [Fact]
    public async Task An_array_response_reads_each_element_as_its_own_class_and_keeps_an_unknown_tag()
    {
        IList<Pet> pets = await Client.ListPetsAsync(TestContext.Current.CancellationToken);

        Assert.Equal([typeof(Cat), typeof(Dog), typeof(Pet)], pets.Select(p => p.GetType()));
        Assert.Equal(9, ((Cat)pets[0]).Lives);
        Assert.Equal("ferret", pets[2].Kind);
        Assert.True(pets[2].AdditionalData!["sleepy"].GetBoolean());
    }

    [Fact]
    public async Task A_subclass_sent_as_the_base_goes_out_with_its_tag_and_all_its_properties()
    {
        Pet sent = new Cat { Name = "Tom", Lives = 7 };

        Pet echoed = await Client.AddPetAsync(sent, TestContext.Current.CancellationToken);

        Assert.Equal("""{"kind":"cat","name":"Tom","lives":7}""", server.LastBody);
        Assert.Equal(7, Assert.IsType<Cat>(echoed).Lives);
    }

    /// <summary>Answers with fixed JSON, and echoes a posted pet back as it arrived.</summary>
    public sealed class PetServer : IAsyncLifetime
    {
        private WebApplication? _app;

        public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

        public string? LastBody { get; private set; }

        public async ValueTask InitializeAsync()
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            _app = builder.Build();
            _app.MapGet("/pets/{id}", context => Json(context, """{"name":"Rex","breed":"collie","kind":"dog"}"""));
            _app.MapGet("/pets", context => Json(context, """[{"kind":"cat","name":"Tom","lives":9},{"kind":"dog","name":"Rex"},{"kind":"ferret","name":"Fred","sleepy":true}]"""));
            _app.MapPost("/pets", async context =>
            {
                using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                LastBody = await reader.ReadToEndAsync(context.RequestAborted);
                await Json(context, LastBody);
            });
            await _app.StartAsync();
            BaseAddress = new Uri(_app.Urls.Single());
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }

        private static Task Json(HttpContext context, string json)
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(json, context.RequestAborted);
        }
    }
}
