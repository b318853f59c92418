using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// The pet store on loopback. It already serves what the second version of the spec describes (the list
/// operation, the age property), so the first client also proves that it skips JSON properties it does not know.
/// </summary>
internal sealed class PetServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, StoredPet> _pets = new() { [42] = new StoredPet(42, "Rex", "dog", 3) };
    private long _lastId = 6;

    private PetServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.Single() + "/v1/");

    public static async Task<PetServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new PetServer(builder.Build());
        server._app.MapGet("/v1/pets", (RequestDelegate)server.ListAsync);
        server._app.MapGet("/v1/pets/{petId}", (RequestDelegate)server.GetAsync);
        server._app.MapPost("/v1/pets", (RequestDelegate)server.CreateAsync);
        await server._app.StartAsync();
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task ListAsync(HttpContext context)
        => WriteAsync(context, StatusCodes.Status200OK, json =>
        {
            json.WriteStartArray();
            foreach (StoredPet pet in _pets.Values.OrderBy(p => p.Id))
            {
                pet.Write(json);
            }
            json.WriteEndArray();
        });

    private Task GetAsync(HttpContext context)
    {
        if (!long.TryParse((string?)context.Request.RouteValues["petId"], out long id) || !_pets.TryGetValue(id, out StoredPet? pet))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return WriteAsync(context, StatusCodes.Status200OK, pet.Write);
    }

    private async Task CreateAsync(HttpContext context)
    {
        using JsonDocument body = await JsonDocument.ParseAsync(context.Request.Body);
        string name = body.RootElement.GetProperty("name").GetString()!;
        string? tag = body.RootElement.TryGetProperty("tag", out JsonElement tagElement) ? tagElement.GetString() : null;
        Console.WriteLine($"server received: name={name} tag={tag}");

        var pet = new StoredPet(Interlocked.Increment(ref _lastId), name, tag, 1);
        _pets[pet.Id] = pet;
        await WriteAsync(context, StatusCodes.Status201Created, pet.Write);
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory);
    }

    private sealed record StoredPet(long Id, string Name, string? Tag, int Age)
    {
        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteNumber("id", Id);
            json.WriteString("name", Name);
            if (Tag is not null)
            {
                json.WriteString("tag", Tag);
            }
            json.WriteNumber("age", Age);
            json.WriteEndObject();
        }
    }
}
