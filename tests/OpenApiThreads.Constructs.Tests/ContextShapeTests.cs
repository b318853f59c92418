using System.Reflection;
using Constructs.Objects;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// This project is built by the SDK's compiler at C# 14, so the context's typed properties cache their metadata in
/// the <c>field</c> keyword's backing field rather than a declared one (the generator's own tests compile the older
/// shape with an older Roslyn).
/// </summary>
public sealed class ContextShapeTests
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

    [Fact]
    public void Typed_properties_cache_their_metadata_in_the_field_keywords_backing_field()
    {
        ObjectsJsonContext context = new(new System.Text.Json.JsonSerializerOptions());

        Assert.Null(typeof(ObjectsJsonContext).GetField("_Person", Instance));
        FieldInfo backing = Assert.Single(typeof(ObjectsJsonContext).GetFields(Instance), f => f.Name == "<Person>k__BackingField");
        Assert.Null(backing.GetValue(context));
        Assert.Same(context.Person, context.Person);
        Assert.Same(context.Person, backing.GetValue(context));
    }

    [Fact]
    public void A_tracked_property_keeps_its_value_in_the_field_keywords_backing_field_and_still_tracks_assignment()
    {
        Assert.Null(typeof(Person).GetField("__NicknameValue", Instance));
        Assert.NotNull(typeof(Person).GetField("<Nickname>k__BackingField", Instance));

        var person = new Person { Id = "p1", Name = "Ada", Manager = null };
        Assert.DoesNotContain("nickname", System.Text.Json.JsonSerializer.Serialize(person, ObjectsJsonContext.Default.Person), System.StringComparison.Ordinal);
        person.Nickname = null;
        Assert.Contains("\"nickname\":null", System.Text.Json.JsonSerializer.Serialize(person, ObjectsJsonContext.Default.Person), System.StringComparison.Ordinal);
    }
}
