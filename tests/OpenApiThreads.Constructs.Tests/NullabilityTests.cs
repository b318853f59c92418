using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using N30 = Constructs.Nullable30;
using N31 = Constructs.Nullable31;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/nullable-3.0.yaml (<c>nullable: true</c>) and Specs/nullable-3.1.yaml (<c>type: [T, "null"]</c>, anyOf/oneOf
/// with a <c>{type: "null"}</c> branch): every spelling lets JSON null through and can send an explicit null.
/// </summary>
public sealed class NullabilityTests
{
    [Fact]
    public void OpenApi_3_0_nullable_values_round_trip_as_null()
    {
        const string Json = """{"requiredText":null,"optionalNumber":null,"child":null,"list":null,"inline":null,"status":null}""";

        N30.Holder holder = RoundTrip.Assert(Json, N30.Nullable30JsonContext.Default.Holder);

        Assert.Null(holder.RequiredText);
        Assert.Null(holder.Child);
    }

    [Fact]
    public void OpenApi_3_0_nullable_values_round_trip_with_values()
    {
        const string Json = """{"requiredText":"t","optionalNumber":1,"optionalPlain":2,"child":{"name":"c"},"list":["a"],"inline":{"a":"b"},"status":"on"}""";

        N30.Holder holder = RoundTrip.Assert(Json, N30.Nullable30JsonContext.Default.Holder);

        Assert.Equal(N30.HolderStatus.On, holder.Status);
    }

    [Fact]
    public void OpenApi_3_0_absent_stays_absent()
    {
        RoundTrip.Assert("""{"requiredText":"t"}""", N30.Nullable30JsonContext.Default.Holder);
        Assert.Equal("""{"requiredText":null}""", JsonSerializer.Serialize(new N30.Holder { RequiredText = null }, N30.Nullable30JsonContext.Default.Holder));
    }

    [Fact]
    public void OpenApi_3_0_a_client_can_send_an_explicit_null()
    {
        var holder = new N30.Holder { RequiredText = "t", OptionalNumber = null, Child = null, List = null, Inline = null, Status = null };

        RoundTrip.AssertSameJson(
            """{"requiredText":"t","optionalNumber":null,"child":null,"list":null,"inline":null,"status":null}""",
            JsonSerializer.Serialize(holder, N30.Nullable30JsonContext.Default.Holder));
    }

    [Fact]
    public void OpenApi_3_1_nullable_values_round_trip_as_null()
    {
        const string Json = """{"requiredText":null,"requiredChild":null,"optionalNumber":null,"optionalChild":null,"optionalCount":null,"status":null}""";

        N31.Holder holder = RoundTrip.Assert(Json, N31.Nullable31JsonContext.Default.Holder);

        Assert.Null(holder.RequiredChild);
        Assert.Null(holder.OptionalCount);
    }

    [Fact]
    public void OpenApi_3_1_nullable_values_round_trip_with_values()
    {
        const string Json = """{"requiredText":"t","requiredChild":{"name":"r"},"optionalNumber":5,"optionalChild":{"name":"o"},"optionalCount":7,"status":"off"}""";

        N31.Holder holder = RoundTrip.Assert(Json, N31.Nullable31JsonContext.Default.Holder);

        Assert.Equal("r", holder.RequiredChild!.Name);
        Assert.Equal(7, holder.OptionalCount);
    }

    [Fact]
    public void OpenApi_3_1_absent_and_explicit_null_are_both_possible()
    {
        RoundTrip.Assert("""{"requiredText":"t","requiredChild":null}""", N31.Nullable31JsonContext.Default.Holder);

        var holder = new N31.Holder { RequiredText = "t", RequiredChild = null, OptionalChild = null, OptionalCount = null, OptionalNumber = null, Status = null };

        RoundTrip.AssertSameJson(
            """{"requiredText":"t","requiredChild":null,"optionalNumber":null,"optionalChild":null,"optionalCount":null,"status":null}""",
            JsonSerializer.Serialize(holder, N31.Nullable31JsonContext.Default.Holder));
    }

    [Fact]
    public void OpenApi_3_1_a_required_nullable_property_must_be_present()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"requiredText":null}""", N31.Nullable31JsonContext.Default.Holder));

        Assert.Contains("requiredChild", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_allOf_of_a_ref_and_an_annotation_is_that_ref_not_a_new_class()
    {
        const string Json = """{"choice":["a","b"],"child":{"name":"c"}}""";

        N31.Wrapped wrapped = JsonSerializer.Deserialize(Json, N31.Nullable31JsonContext.Default.Wrapped)!;

        Assert.Equal(typeof(N31.Choice), typeof(N31.Wrapped).GetProperty(nameof(N31.Wrapped.Choice))!.PropertyType);
        Assert.Equal(typeof(N31.Child), typeof(N31.Wrapped).GetProperty(nameof(N31.Wrapped.Child))!.PropertyType);
        Assert.True(wrapped.Choice!.IsStringList);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonSerializer.SerializeToNode(wrapped, N31.Nullable31JsonContext.Default.Wrapped)));
        Assert.Equal("""{"choice":null}""", JsonSerializer.Serialize(new N31.Wrapped { Choice = null }, N31.Nullable31JsonContext.Default.Wrapped));
    }
}
