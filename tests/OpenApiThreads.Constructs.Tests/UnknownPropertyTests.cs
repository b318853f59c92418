using System.Text.Json;
using Constructs.Objects;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Forward compatibility: properties the spec does not know survive read → modify → write.</summary>
public sealed class UnknownPropertyTests
{
    [Fact]
    public void Unknown_properties_round_trip_unchanged()
    {
        const string Json = """
            {"id":"p1","name":"Ada","manager":null,"added_later":{"deep":[1,2,{"x":null}]},"flag":true,
             "address":{"city":"London","zip":"SW1"}}
            """;

        Person person = RoundTrip.Assert(Json, ObjectsJsonContext.Default.Person);

        Assert.True(person.AdditionalData!.ContainsKey("added_later"));
        Assert.Equal("SW1", person.Address!.AdditionalData!["zip"].GetString());
    }

    [Fact]
    public void Unknown_properties_survive_a_modification()
    {
        Person person = JsonSerializer.Deserialize("""{"id":"p1","name":"Ada","manager":null,"future":"kept"}""", ObjectsJsonContext.Default.Person)!;

        person.Name = "Grace";

        RoundTrip.AssertSameJson("""{"id":"p1","name":"Grace","manager":null,"future":"kept"}""", JsonSerializer.Serialize(person, ObjectsJsonContext.Default.Person));
    }

    [Fact]
    public void A_json_property_named_like_the_extension_data_keeps_its_name_and_the_unknown_ones_still_round_trip()
    {
        Annotated value = RoundTrip.Assert("""{"additional_data":"mine","later":{"n":1}}""", ObjectsJsonContext.Default.Annotated);

        Assert.Equal("mine", value.AdditionalData);
        Assert.Equal(1, value.AdditionalData2!["later"].GetProperty("n").GetInt32());
    }
}
