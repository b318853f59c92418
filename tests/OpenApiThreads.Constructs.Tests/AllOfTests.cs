using System.Text.Json;
using Constructs.AllOf;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/allof.yaml: one <c>$ref</c> to an object plus inline parts is inheritance (<c>Dog : Animal</c>, only the new
/// properties declared); anything else merges the parts into one class.
/// </summary>
public sealed class AllOfTests
{
    [Fact]
    public void A_ref_plus_inline_parts_is_a_derived_class_with_only_the_new_properties()
    {
        Assert.Equal(typeof(Animal), typeof(Dog).BaseType);
        Assert.Equal(typeof(Dog), typeof(Puppy).BaseType);
        Assert.Equal(typeof(Dog), typeof(Dog).GetProperty(nameof(Dog.Breed))!.DeclaringType);
        Assert.Equal(typeof(Animal), typeof(Dog).GetProperty(nameof(Dog.Name))!.DeclaringType);
        Assert.Equal(typeof(Puppy), typeof(Puppy).GetProperty(nameof(Puppy.Toy))!.DeclaringType);
    }

    [Fact]
    public void A_derived_object_round_trips_with_its_base_properties()
    {
        Dog dog = RoundTrip.Assert("""{"name":"Rex","age":3,"nickname":null,"breed":"collie","extra":[1]}""", AllOfJsonContext.Default.Dog);
        Puppy puppy = RoundTrip.Assert("""{"name":"Bit","breed":"pug","toy":"ball"}""", AllOfJsonContext.Default.Puppy);

        Assert.Equal("Rex", dog.Name);
        Assert.Equal("collie", dog.Breed);
        Assert.Equal("pug", puppy.Breed);
        Assert.Equal("ball", puppy.Toy);
    }

    [Fact]
    public void Required_properties_of_base_and_derived_are_both_enforced()
    {
        var noName = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"breed":"collie"}""", AllOfJsonContext.Default.Dog));
        var noBreed = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"name":"Rex"}""", AllOfJsonContext.Default.Puppy));

        Assert.Contains("name", noName.Message, System.StringComparison.Ordinal);
        Assert.Contains("breed", noBreed.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_object_writes_base_properties_and_keeps_absent_apart_from_null()
    {
        var puppy = new Puppy { Name = "Bit", Breed = "pug" };
        Assert.Equal("""{"name":"Bit","breed":"pug"}""", JsonSerializer.Serialize(puppy, AllOfJsonContext.Default.Puppy));

        puppy.Nickname = null;
        RoundTrip.AssertSameJson("""{"name":"Bit","nickname":null,"breed":"pug"}""", JsonSerializer.Serialize(puppy, AllOfJsonContext.Default.Puppy));
    }

    [Fact]
    public void A_derived_object_is_usable_where_the_base_is_expected()
    {
        var shelter = new Shelter { Animals = [new Animal { Name = "Tom" }], Resident = new Puppy { Name = "Bit", Breed = "pug", Toy = "rope" } };
        Animal resident = shelter.Resident;

        Assert.Equal("Bit", resident.Name);
        RoundTrip.AssertSameJson(
            """{"animals":[{"name":"Tom"}],"resident":{"name":"Bit","breed":"pug","toy":"rope"}}""",
            JsonSerializer.Serialize(shelter, AllOfJsonContext.Default.Shelter));
    }

    [Fact]
    public void Parts_without_a_single_object_ref_are_merged()
    {
        Assert.Equal(typeof(object), typeof(Merged).BaseType);
        Assert.Equal(typeof(object), typeof(TwoBases).BaseType);
        Assert.Equal(typeof(object), typeof(RequiredAge).BaseType);

        Merged merged = RoundTrip.Assert("""{"a":"x","b":1}""", AllOfJsonContext.Default.Merged);
        TwoBases both = RoundTrip.Assert("""{"name":"Rex","created_at":1700000000,"owner":"me"}""", AllOfJsonContext.Default.TwoBases);
        RequiredAge aged = RoundTrip.Assert("""{"name":"Rex","age":4}""", AllOfJsonContext.Default.RequiredAge);

        Assert.Equal(1, merged.B);
        Assert.Equal(1700000000, both.CreatedAt);
        Assert.Equal(4, aged.Age);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"name":"Rex"}""", AllOfJsonContext.Default.RequiredAge));
    }
}
