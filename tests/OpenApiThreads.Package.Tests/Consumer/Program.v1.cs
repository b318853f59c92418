using System.Reflection;
using Demo.Pets;

await using PetServer server = await PetServer.StartAsync();
using var http = new HttpClient();
var client = new PetsClient(http, new PetsClientOptions { BaseAddress = server.BaseAddress });

Pet rex = await client.GetPetAsync(42);
Console.WriteLine($"get: {rex.Id} {rex.Name} {rex.Tag}");

Pet bella = await client.CreatePetAsync(new NewPet { Name = "Bella", Tag = "cat" });
Console.WriteLine($"create: {bella.Id} {bella.Name} {bella.Tag}");

// Read back from the compiled client rather than named in code, so a spec edit alone shows up here.
IEnumerable<string> operations = typeof(PetsClient)
    .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
    .Select(method => method.Name)
    .Where(name => name.EndsWith("Async", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal);
Console.WriteLine($"operations: {string.Join(", ", operations)}");
Console.WriteLine($"client is public: {typeof(PetsClient).IsPublic}");
