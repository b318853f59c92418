using Constructs.JsonSchema2020;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/json-schema-2020.yaml: $defs, $id and $anchor references, $dynamicRef, a $ref with siblings,
/// patternProperties, unevaluatedProperties and prefixItems, each read and written back.
/// </summary>
public sealed class JsonSchema2020Tests
{
    [Fact]
    public void A_recursive_schema_in_defs_round_trips()
    {
        Tree tree = RoundTrip.Assert("""{"root":{"value":1,"children":[{"value":2,"children":[]}]}}""", JsonSchema2020JsonContext.Default.Tree);

        Assert.Equal(2, tree.Root!.Children![0].Value);
    }

    [Fact]
    public void References_by_anchor_by_id_and_relative_to_an_id_reach_the_same_type()
    {
        Catalog catalog = RoundTrip.Assert("""{"first":{"sku":"a"},"all":[{"sku":"b"}],"absolute":{"sku":"c"},"price":12.50}""", JsonSchema2020JsonContext.Default.Catalog);

        Entry first = catalog.First!;
        Assert.Equal("c", catalog.Absolute!.Sku);
        Assert.Equal("a", first.Sku);
        Assert.Equal(12.50m, catalog.Price);
    }

    [Fact]
    public void A_dynamic_reference_resolves_to_its_dynamic_anchor()
    {
        Tagged tagged = RoundTrip.Assert("""{"tags":["x","y"]}""", JsonSchema2020JsonContext.Default.Tagged);

        Assert.Equal(["x", "y"], tagged.Tags);
    }

    [Fact]
    public void A_reference_with_a_null_type_beside_it_is_nullable_and_sends_null()
    {
        Holder holder = RoundTrip.Assert("""{"maybe":null,"described":{"label":"d"}}""", JsonSchema2020JsonContext.Default.Holder);

        Assert.Null(holder.Maybe);
        Assert.Equal("d", holder.Described!.Label);
    }

    [Fact]
    public void Pattern_properties_are_a_map_and_prefix_items_of_one_schema_a_list()
    {
        Shape shape = RoundTrip.Assert("""{"scores":{"s_a":1,"t_b":2},"point":[1.5,2.5],"open":{"name":"n","extra":3}}""", JsonSchema2020JsonContext.Default.Shape);

        Assert.Equal(2, shape.Scores!["t_b"]);
        Assert.Equal([1.5, 2.5], shape.Point);
        Assert.Equal("n", shape.Open!.Name);
        Assert.Equal(3, shape.Open.AdditionalData!["extra"].GetInt32());
    }
}
