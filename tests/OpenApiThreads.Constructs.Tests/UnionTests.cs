using System;
using System.Text.Json;
using Constructs.Unions;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/unions.yaml: oneOf/anyOf with a discriminator (mapped, inferred from const, or the component name) and without
/// one (JSON token kind, then required properties), keeping JSON that matches no branch.
/// </summary>
public sealed class UnionTests
{
    [Fact]
    public void A_mapped_discriminator_chooses_the_branch()
    {
        Pet cat = RoundTrip.Assert("""{"pet_type":"cat","meows":true}""", UnionsJsonContext.Default.Pet);
        Pet dog = RoundTrip.Assert("""{"barks":false,"pet_type":"dog"}""", UnionsJsonContext.Default.Pet);

        Assert.True(cat.IsCat);
        Assert.True(cat.AsCat!.Meows);
        Assert.True(dog.IsDog);
    }

    [Fact]
    public void An_unknown_tag_is_kept_as_raw_JSON()
    {
        Pet bird = RoundTrip.Assert("""{"pet_type":"bird","sings":true}""", UnionsJsonContext.Default.Pet);

        Assert.True(bird.IsUnknown);
        Assert.Equal("bird", bird.UnknownJson!.Value.GetProperty("pet_type").GetString());
    }

    [Fact]
    public void Without_mapping_each_tag_comes_from_the_branch_const()
    {
        Shape circle = RoundTrip.Assert("""{"kind":"circle","radius":1.5}""", UnionsJsonContext.Default.Shape);
        Shape square = RoundTrip.Assert("""{"kind":"square","side":2}""", UnionsJsonContext.Default.Shape);

        Assert.Equal(1.5, circle.AsCircle!.Radius);
        Assert.Equal(2, square.AsSquare!.Side);
    }

    [Fact]
    public void Without_mapping_or_const_the_tag_is_the_component_name()
    {
        Vehicle car = RoundTrip.Assert("""{"vehicle_type":"Car","doors":4}""", UnionsJsonContext.Default.Vehicle);
        Vehicle bike = RoundTrip.Assert("""{"vehicle_type":"Bike","gears":21}""", UnionsJsonContext.Default.Vehicle);

        Assert.Equal(4, car.AsCar!.Doors);
        Assert.Equal(21, bike.AsBike!.Gears);
    }

    [Fact]
    public void Without_a_discriminator_keyword_a_shared_const_property_is_the_tag()
    {
        Part text = RoundTrip.Assert("""{"type":"text","text":"hi"}""", UnionsJsonContext.Default.Part);
        Part image = RoundTrip.Assert("""{"url":"https://example.com/a.png","type":"image"}""", UnionsJsonContext.Default.Part);

        Assert.Equal("hi", text.AsText!.Text);
        Assert.Equal("https://example.com/a.png", image.AsImage!.Url);
    }

    [Fact]
    public void The_JSON_token_kind_chooses_between_a_string_and_an_array_of_parts()
    {
        Content text = RoundTrip.Assert("\"plain\"", UnionsJsonContext.Default.Content);
        Content parts = RoundTrip.Assert("""[{"type":"text","text":"a"},{"type":"image","url":"u"},{"type":"audio"}]""", UnionsJsonContext.Default.Content);

        Assert.Equal("plain", text.AsString);
        Assert.True(parts.IsPartList);
        Assert.True(parts.AsPartList![2].IsUnknown);
    }

    [Fact]
    public void A_token_kind_no_branch_takes_is_kept_as_raw_JSON()
    {
        Content number = RoundTrip.Assert("42", UnionsJsonContext.Default.Content);
        Content obj = RoundTrip.Assert("""{"unexpected":true}""", UnionsJsonContext.Default.Content);

        Assert.True(number.IsUnknown);
        Assert.Equal(JsonValueKind.Object, obj.UnknownJson!.Value.ValueKind);
    }

    [Fact]
    public void Without_any_tag_the_required_properties_present_choose_the_branch()
    {
        Contact email = RoundTrip.Assert("""{"email":"a@example.com"}""", UnionsJsonContext.Default.Contact);
        Contact phone = RoundTrip.Assert("""{"phone":"+1"}""", UnionsJsonContext.Default.Contact);
        Contact neither = RoundTrip.Assert("""{"fax":"+2"}""", UnionsJsonContext.Default.Contact);

        Assert.True(email.IsEmailContact);
        Assert.True(phone.IsPhoneContact);
        Assert.True(neither.IsUnknown);
    }

    [Fact]
    public void Numbers_prefer_the_integer_branch_and_booleans_their_own()
    {
        Assert.True(RoundTrip.Assert("3", UnionsJsonContext.Default.Amount).IsInt64);
        Assert.True(RoundTrip.Assert("3.25", UnionsJsonContext.Default.Amount).IsDouble);
        Assert.True(RoundTrip.Assert("true", UnionsJsonContext.Default.Amount).IsBoolean);
    }

    [Fact]
    public void Unions_inside_an_object_round_trip_and_build_from_branch_values()
    {
        RoundTrip.Assert("""{"content":[{"type":"text","text":"a"}],"pet":{"pet_type":"dog"},"amount":1.5}""", UnionsJsonContext.Default.Message);

        var message = new Message { Content = "hello", Pet = new Cat { PetType = "cat", Meows = false }, Amount = 2L };

        RoundTrip.AssertSameJson(
            """{"content":"hello","pet":{"pet_type":"cat","meows":false},"amount":2}""",
            JsonSerializer.Serialize(message, UnionsJsonContext.Default.Message));
    }

    [Fact]
    public void Branches_that_extend_a_base_are_told_apart_by_the_tag_they_add()
    {
        Event created = RoundTrip.Assert("""{"id":"e1","type":"created","name":"n"}""", UnionsJsonContext.Default.Event);
        Event deleted = RoundTrip.Assert("""{"type":"deleted","id":"e2","reason":"r"}""", UnionsJsonContext.Default.Event);

        Assert.Equal("n", created.AsCreated!.Name);
        Assert.Equal("r", deleted.AsDeleted!.Reason);
        EventBase common = deleted.AsDeleted;
        Assert.Equal("e2", common.Id);
    }

    [Fact]
    public void Every_union_is_the_spec_s_union_base_which_keeps_unknown_JSON()
    {
        UnionsUnion known = RoundTrip.Assert("""{"pet_type":"cat","meows":true}""", UnionsJsonContext.Default.Pet);
        UnionsUnion unknown = RoundTrip.Assert("""{"pet_type":"bird","sings":true}""", UnionsJsonContext.Default.Pet);

        Assert.False(known.IsUnknown);
        Assert.Null(known.UnknownJson);
        Assert.True(Assert.IsType<Cat>(known.Value).Meows);
        Assert.True(unknown.IsUnknown);
        Assert.Equal("bird", unknown.UnknownJson!.Value.GetProperty("pet_type").GetString());
        Assert.True(Assert.IsType<JsonElement>(unknown.Value).GetProperty("sings").GetBoolean());
    }

    [Fact]
    public void Json_wrapped_as_unknown_is_written_back_unchanged()
    {
        using JsonDocument document = JsonDocument.Parse("""{"pet_type":"fish","fins":2}""");
        Pet fish = Pet.FromUnknownJson(document.RootElement);

        Assert.True(fish.IsUnknown);
        Assert.Null(fish.AsCat);
        Assert.Equal("""{"pet_type":"fish","fins":2}""", JsonSerializer.Serialize(fish, UnionsJsonContext.Default.Pet));
    }

    [Fact]
    public void Value_type_branches_round_trip_and_read_as_nullable_values()
    {
        Effort named = RoundTrip.Assert("\"high\"", UnionsJsonContext.Default.Effort);
        Effort number = RoundTrip.Assert("3", UnionsJsonContext.Default.Effort);
        Amount real = RoundTrip.Assert("3.25", UnionsJsonContext.Default.Amount);
        Amount flag = RoundTrip.Assert("false", UnionsJsonContext.Default.Amount);

        Assert.Equal(EffortEnum.High, named.AsEnum);
        Assert.Null(named.AsInt64);
        Assert.Equal(3L, number.AsInt64);
        Assert.Null(number.AsEnum);
        Assert.Equal(3L, number.Value);
        Assert.Equal(3.25, real.AsDouble);
        Assert.Null(real.AsInt64);
        Assert.False(flag.AsBoolean);
        Assert.Equal("\"low\"", JsonSerializer.Serialize<Effort>(EffortEnum.Low, UnionsJsonContext.Default.Effort));
        Assert.Equal("7", JsonSerializer.Serialize(new Effort(7L), UnionsJsonContext.Default.Effort));
    }

    [Fact]
    public void A_reference_type_branch_may_not_be_null()
    {
        Assert.Throws<ArgumentNullException>(() => new Pet((Cat)null!));
        Assert.Throws<ArgumentNullException>(() => (Content)(string)null!);
    }
}
