using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Constructs.Polymorphism;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/polymorphism.yaml: a base schema with a discriminator and children that allOf it is a class hierarchy. A
/// read of the base returns the class the tag names (Azure's x-ms-discriminator-value, a mapping, or the component
/// name), an unknown tag gives the base with the rest kept, and a write of a base-typed value writes the subclass.
/// </summary>
public sealed class PolymorphismTests
{
    private static PolymorphismJsonContext Context => PolymorphismJsonContext.Default;

    [Fact]
    public void Children_are_subclasses_and_each_class_sets_its_own_tag()
    {
        Assert.Equal(typeof(Fish), typeof(Shark).BaseType);
        Assert.Equal(typeof(Shark), typeof(Sawshark).BaseType);
        Assert.Equal("salmon", new Salmon { Length = 1 }.Fishtype);
        Assert.Equal("sawshark", new Sawshark { Length = 1, Birthday = default }.Fishtype);
        Assert.Equal("circle", new Circle().Kind);
        Assert.Equal("square", new Square().Kind);
        Assert.Equal("Cat", new Cat().PetType);
        Assert.Equal("Pet", new Pet().PetType);
        Assert.Equal("bird", new Bird().PetType);
        Assert.Equal(typeof(Pet), typeof(Bird).BaseType);
    }

    [Theory]
    [InlineData("""{"fishtype":"salmon","length":1.5,"location":"Alaska","iswild":true}""", typeof(Salmon))]
    [InlineData("""{"fishtype":"shark","length":3,"age":7,"birthday":"2020-01-02T03:04:05+00:00"}""", typeof(Shark))]
    [InlineData("""{"length":2,"picture":"AQID","fishtype":"sawshark","birthday":"2021-01-02T03:04:05+00:00"}""", typeof(Sawshark))]
    [InlineData("""{"fishtype":"fish","species":"cod","length":1}""", typeof(Fish))]
    public void Azure_style_tags_choose_the_class_through_every_reader(string json, Type expected)
    {
        Fish fish = RoundTrip.Assert(json, Context.Fish);
        Assert.Equal(expected, fish.GetType());
        Assert.Equal(expected, JsonSerializer.Deserialize(json, RoundTrip.ThroughMetadata(Context.Fish))!.GetType());
        Assert.Equal(expected, RoundTrip.ReadWithGeneratedReader(json, Context.Fish)!.GetType());
    }

    [Fact]
    public void A_grandchild_read_as_the_base_keeps_all_its_properties_and_writes_them_back_bit_identical()
    {
        // In declaration order (base first), so the text comes back as it went in.
        const string Json = """{"fishtype":"sawshark","length":2,"age":1,"birthday":"2021-01-02T03:04:05+00:00","picture":"AQID"}""";
        var saw = Assert.IsType<Sawshark>(JsonSerializer.Deserialize(Json, Context.Fish));

        Assert.Equal(new byte[] { 1, 2, 3 }, saw.Picture);
        Assert.Equal(1, saw.Age);
        Assert.Null(saw.AdditionalData);
        Assert.Equal(Json, JsonSerializer.Serialize<Fish>(saw, Context.Fish));
        Assert.Equal(Json, JsonSerializer.Serialize<Fish>(saw, RoundTrip.ThroughMetadata(Context.Fish)));
        Assert.Equal(Json, JsonSerializer.Serialize<Shark>(saw, Context.Shark));
    }

    [Theory]
    [InlineData("""{"kind":"circle","color":"red","radius":2}""", typeof(Circle))]
    [InlineData("""{"kind":"round","radius":1}""", typeof(Circle))]
    [InlineData("""{"color":"blue","kind":"square","side":4}""", typeof(Square))]
    [InlineData("""{"kind":"Triangle","color":"green"}""", typeof(Triangle))]
    public void A_mapping_to_refs_and_bare_names_chooses_the_class(string json, Type expected)
    {
        Shape shape = RoundTrip.Assert(json, Context.Shape);
        Assert.Equal(expected, shape.GetType());
    }

    [Theory]
    [InlineData("""{"petType":"Cat","name":"Tom","indoor":true}""", typeof(Cat))]
    [InlineData("""{"petType":"Dog","name":"Rex","barks":false,"friend":{"petType":"Cat","indoor":false}}""", typeof(Dog))]
    [InlineData("""{"petType":"bird","wingspan":0.3}""", typeof(Bird))]
    public void Without_a_mapping_the_tag_is_the_component_name_or_the_const_a_child_restates(string json, Type expected)
    {
        Pet pet = RoundTrip.Assert(json, Context.Pet);
        Assert.Equal(expected, pet.GetType());
    }

    [Fact]
    public void A_string_enum_tag_chooses_the_class_and_is_set_by_the_constructor()
    {
        Assert.Equal(VehicleType.Truck, new Truck().Type);
        Assert.Equal("Vehicle", new Vehicle().Type.Value);
        Vehicle car = RoundTrip.Assert("""{"type":"car","wheels":4,"seats":5}""", Context.Vehicle);
        Assert.Equal(5, Assert.IsType<Car>(car).Seats);
        Assert.Equal("""{"type":"truck","payload":2.5}""", JsonSerializer.Serialize<Vehicle>(new Truck { Payload = 2.5 }, Context.Vehicle));
    }

    [Fact]
    public void A_property_typed_as_the_base_inside_a_subclass_is_polymorphic_too()
    {
        var dog = Assert.IsType<Dog>(JsonSerializer.Deserialize("""{"petType":"Dog","friend":{"petType":"Cat","indoor":true}}""", Context.Pet));
        Assert.True(Assert.IsType<Cat>(dog.Friend).Indoor);
    }

    [Theory]
    [InlineData("""{"petType":"Lizard","name":"Liz","scales":120,"indoor":true}""")]
    [InlineData("""{"petType":"cat","name":"lowercase is another tag"}""")]
    [InlineData("""{"petType":null,"name":"no tag"}""")]
    [InlineData("""{"name":"empty tag","petType":""}""")]
    public void An_unknown_or_missing_tag_gives_the_base_with_the_rest_kept(string json)
    {
        Pet pet = RoundTrip.Assert(json, Context.Pet);
        Assert.Equal(typeof(Pet), pet.GetType());
    }

    [Fact]
    public void An_unknown_tag_keeps_the_unknown_properties_in_AdditionalData()
    {
        Pet pet = JsonSerializer.Deserialize("""{"petType":"Lizard","name":"Liz","scales":120}""", Context.Pet)!;
        Assert.Equal("Lizard", pet.PetType);
        Assert.Equal(120, pet.AdditionalData!["scales"].GetInt32());
    }

    [Fact]
    public void A_required_tag_that_is_absent_is_still_an_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"name":"Tom"}""", Context.Pet));
        Assert.Contains("petType", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"name":"Tom"}""", Context.Cat));
    }

    [Fact]
    public void The_base_is_polymorphic_through_properties_arrays_and_maps()
    {
        const string Json = """
            {"star":{"petType":"Dog","barks":true},
             "pets":[{"petType":"Cat","indoor":true},{"petType":"Pet","name":"plain"},{"petType":"Gecko","name":"g"}],
             "byName":{"tom":{"petType":"Cat","name":"Tom"},"rex":{"petType":"Dog","name":"Rex"}},
             "fish":[{"fishtype":"salmon","length":1},{"fishtype":"sawshark","length":2,"birthday":"2021-01-02T03:04:05+00:00"}],
             "shapes":[{"kind":"round","radius":1},{"kind":"square","side":2},{"kind":"hexagon","sides":6}]}
            """;
        Zoo zoo = RoundTrip.Assert(Json, Context.Zoo);

        Assert.IsType<Dog>(zoo.Star);
        Assert.Equal([typeof(Cat), typeof(Pet), typeof(Pet)], zoo.Pets!.Select(p => p.GetType()));
        Assert.IsType<Cat>(zoo.ByName!["tom"]);
        Assert.IsType<Dog>(zoo.ByName["rex"]);
        Assert.Equal([typeof(Salmon), typeof(Sawshark)], zoo.Fish!.Select(f => f.GetType()));
        Assert.Equal([typeof(Circle), typeof(Square), typeof(Shape)], zoo.Shapes!.Select(s => s.GetType()));
    }

    [Fact]
    public void A_new_subclass_value_typed_as_the_base_writes_its_tag_and_all_its_properties_on_every_path()
    {
        var zoo = new Zoo
        {
            Star = new Cat { Name = "Tom", Indoor = true },
            Pets = [new Dog { Name = "Rex", Friend = new Cat() }, new Pet { Name = "plain" }],
            ByName = new Dictionary<string, Pet> { ["saw"] = new Dog { Barks = true } },
            Fish = [new Sawshark { Length = 2, Birthday = new DateTimeOffset(2021, 1, 2, 3, 4, 5, TimeSpan.Zero), Picture = [1] }],
            Shapes = [new Circle { Radius = 1 }],
        };
        const string Expected = """{"star":{"petType":"Cat","name":"Tom","indoor":true},"pets":[{"petType":"Dog","name":"Rex","friend":{"petType":"Cat"}},{"petType":"Pet","name":"plain"}],"byName":{"saw":{"petType":"Dog","barks":true}},"fish":[{"fishtype":"sawshark","length":2,"birthday":"2021-01-02T03:04:05+00:00","picture":"AQ=="}],"shapes":[{"kind":"circle","radius":1}]}""";

        Assert.Equal(Expected, JsonSerializer.Serialize(zoo, Context.Zoo));
        Assert.Equal(Expected, JsonSerializer.Serialize(zoo, RoundTrip.ThroughMetadata(Context.Zoo)));
        Assert.Equal(Expected, JsonSerializer.Serialize(zoo, typeof(Zoo), Context));
        Assert.Equal("""{"petType":"Cat","name":"Tom","indoor":true}""", JsonSerializer.Serialize<Pet>(zoo.Star, Context.Pet));
        Assert.Equal("""{"petType":"Cat","name":"Tom","indoor":true}""", JsonSerializer.Serialize(zoo.Star, typeof(Pet), Context));
    }

    [Fact]
    public void A_tag_the_caller_sets_is_written_as_set()
    {
        var cat = new Cat { PetType = "Kitten" };
        Assert.Equal("""{"petType":"Kitten"}""", JsonSerializer.Serialize<Pet>(cat, Context.Pet));
        Assert.Equal("""{"petType":"Kitten"}""", JsonSerializer.Serialize<Pet>(cat, RoundTrip.ThroughMetadata(Context.Pet)));

        // Even null: the constructor gave every value its tag, so a null is the caller's word, and the tag is required.
        cat.PetType = null!;
        Assert.Equal("""{"petType":null}""", JsonSerializer.Serialize<Pet>(cat, Context.Pet));
        Assert.Equal("""{"petType":null}""", JsonSerializer.Serialize<Pet>(cat, RoundTrip.ThroughMetadata(Context.Pet)));
    }

    [Fact]
    public void A_class_the_user_derives_is_written_as_its_nearest_generated_class()
    {
        Assert.Equal("""{"petType":"Pet","name":"Hammy"}""", JsonSerializer.Serialize<Pet>(new Hamster { Name = "Hammy" }, Context.Pet));
        Assert.Equal("""{"petType":"Pet","name":"Hammy"}""", JsonSerializer.Serialize<Pet>(new Hamster { Name = "Hammy" }, RoundTrip.ThroughMetadata(Context.Pet)));
    }

    private sealed class Hamster : Pet
    {
    }
}
