using System.Text.Json;
using Constructs.Objects;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/objects.yaml: required and optional properties, absent versus null, closed objects.</summary>
public sealed class ObjectTests
{
    [Fact]
    public void A_full_object_round_trips()
    {
        const string Json = """
            {"id":"p1","name":"Ada","manager":"m1","age":36,"email":"ada@example.com","nickname":"A",
             "address":{"city":"London","street":"St James's Square"}}
            """;

        Person person = RoundTrip.Assert(Json, ObjectsJsonContext.Default.Person);

        Assert.Equal("Ada", person.Name);
        Assert.Equal(36, person.Age);
        Assert.Equal("London", person.Address!.City);
    }

    [Fact]
    public void Optional_properties_left_unset_are_not_written()
    {
        var person = new Person { Id = "p1", Name = "Ada", Manager = null };

        Assert.Equal("""{"id":"p1","name":"Ada","manager":null}""", JsonSerializer.Serialize(person, ObjectsJsonContext.Default.Person));
        RoundTrip.Assert("""{"id":"p1","name":"Ada","manager":null}""", ObjectsJsonContext.Default.Person);
    }

    [Fact]
    public void A_missing_required_property_throws_a_JsonException_that_names_it()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"p1","manager":null}""", ObjectsJsonContext.Default.Person));
        var fromGeneratedReader = Assert.Throws<JsonException>(() => RoundTrip.ReadWithGeneratedReader("""{"id":"p1","manager":null}""", ObjectsJsonContext.Default.Person));

        Assert.Contains("'name'", exception.Message, System.StringComparison.Ordinal);
        Assert.Equal(exception.Message, fromGeneratedReader.Message);
    }

    [Fact]
    public void A_required_nullable_property_must_be_present_even_when_null()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"p1","name":"Ada"}""", ObjectsJsonContext.Default.Person));
        var fromGeneratedReader = Assert.Throws<JsonException>(() => RoundTrip.ReadWithGeneratedReader("""{"id":"p1","name":"Ada"}""", ObjectsJsonContext.Default.Person));

        Assert.Contains("'manager'", exception.Message, System.StringComparison.Ordinal);
        Assert.Equal(exception.Message, fromGeneratedReader.Message);
    }

    [Fact]
    public void Absent_and_null_stay_distinguishable_for_an_optional_nullable_property()
    {
        Person absent = RoundTrip.Assert("""{"id":"p1","name":"Ada","manager":null}""", ObjectsJsonContext.Default.Person);
        Person explicitNull = RoundTrip.Assert("""{"id":"p1","name":"Ada","manager":null,"nickname":null}""", ObjectsJsonContext.Default.Person);

        Assert.Null(absent.Nickname);
        Assert.Null(explicitNull.Nickname);

        // A client can send an explicit null to clear a value, and leave it out to keep it.
        var clear = new Person { Id = "p1", Name = "Ada", Manager = null, Nickname = null };
        Assert.Contains("\"nickname\":null", JsonSerializer.Serialize(clear, ObjectsJsonContext.Default.Person), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_property_that_is_not_nullable_is_not_written_as_null()
    {
        var person = new Person { Id = "p1", Name = "Ada", Manager = "m", Email = null, Age = null };

        Assert.Equal("""{"id":"p1","name":"Ada","manager":"m"}""", JsonSerializer.Serialize(person, ObjectsJsonContext.Default.Person));
    }

    [Fact]
    public void A_closed_object_has_no_bag_for_unknown_properties()
    {
        Assert.Null(typeof(Strict).GetProperty("AdditionalData"));

        Strict strict = JsonSerializer.Deserialize("""{"code":"a","extra":1}""", ObjectsJsonContext.Default.Strict)!;

        Assert.Equal("""{"code":"a"}""", JsonSerializer.Serialize(strict, ObjectsJsonContext.Default.Strict));
    }
}
