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
}
