using System.Text.Json;
using Constructs.Maps;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/maps.yaml: additionalProperties as typed maps, free-form objects and <c>{}</c> as JsonElement, and false.</summary>
public sealed class MapTests
{
    [Fact]
    public void Typed_maps_round_trip()
    {
        const string Json = """
            {"counts":{"a":1,"b":9007199254740993},"items":{"x":{"label":"X"}},"nested":{"outer":{"inner":true}},
             "labels":{"env":"prod"}}
            """;

        Bag bag = RoundTrip.Assert(Json, MapsJsonContext.Default.Bag);

        Assert.Equal(9007199254740993, bag.Counts!["b"]);
        Assert.Equal("X", bag.Items!["x"].Label);
        Assert.True(bag.Nested!["outer"]["inner"]);
        Assert.Equal("prod", bag.Labels!["env"]);
    }

    [Fact]
    public void Free_form_values_keep_any_JSON()
    {
        const string Json = """{"freeForm":{"a":[1,{"b":null}]},"freeFormTrue":{"c":"d"},"anything":[true,"x",3.5]}""";

        Bag bag = RoundTrip.Assert(Json, MapsJsonContext.Default.Bag);

        Assert.Equal(JsonValueKind.Object, bag.FreeForm!.Value.ValueKind);
        Assert.Equal(JsonValueKind.Array, bag.Anything!.Value.ValueKind);
    }

    [Fact]
    public void An_empty_schema_accepts_a_scalar()
    {
        Bag bag = RoundTrip.Assert("""{"anything":"just a string"}""", MapsJsonContext.Default.Bag);

        Assert.Equal("just a string", bag.Anything!.Value.GetString());
    }

    [Fact]
    public void A_map_component_is_a_dictionary()
    {
        Assert.Equal(typeof(System.Collections.Generic.IDictionary<string, string>), typeof(Bag).GetProperty(nameof(Bag.Labels))!.PropertyType);
    }

    [Fact]
    public void Additional_properties_false_drops_unknown_properties()
    {
        Closed closed = JsonSerializer.Deserialize("""{"a":"x","b":"y"}""", MapsJsonContext.Default.Closed)!;

        Assert.Equal("""{"a":"x"}""", JsonSerializer.Serialize(closed, MapsJsonContext.Default.Closed));
    }
}
