using Demo.Pets;

await using PetServer server = await PetServer.StartAsync();
using var http = new HttpClient();
var client = new PetsClient(http, new PetsClientOptions { BaseAddress = server.BaseAddress });

Pet rex = await client.GetPetAsync(42);
Console.WriteLine($"get: {rex.Id} {rex.Name} {rex.Tag} age {rex.Age}");

Pet bella = await client.CreatePetAsync(new NewPet { Name = "Bella", Tag = "cat" });
Console.WriteLine($"create: {bella.Id} {bella.Name} {bella.Tag} age {bella.Age}");

var pets = await client.ListPetsAsync();
Console.WriteLine($"list: {string.Join(", ", pets.Select(pet => $"{pet.Id} {pet.Name}"))}");
