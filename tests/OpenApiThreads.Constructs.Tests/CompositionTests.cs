using System.Collections.Generic;
using System.Text.Json;
using Constructs.Compositions;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/compositions.yaml: oneOf/anyOf beside properties and inside allOf. One JSON object gives the class's typed
/// properties and, in <c>Variant</c>, the branch it also matches; writing merges them back into one object.
/// </summary>
public sealed class CompositionTests
{
    [Fact]
    public void A_oneOf_beside_properties_keeps_both_typed_and_writes_the_same_bytes()
    {
        const string Json = """{"id":"p1","amount":5,"method":"card","number":"4242","expiry":"12/30"}""";
        Payment payment = RoundTrip.Assert(Json, CompositionsJsonContext.Default.Payment);

        Assert.Equal("p1", payment.Id);
        Assert.Equal(5, payment.Amount);
        Assert.True(payment.Variant!.IsCard);
        Assert.Equal("4242", payment.Variant.AsCard!.Number);
        Assert.Equal("card", payment.Variant.AsCard.Method);
        Assert.Null(payment.AdditionalData);
        Assert.Equal(Json, JsonSerializer.Serialize(payment, CompositionsJsonContext.Default.Payment));
    }

    [Fact]
    public void The_tag_selects_the_branch_and_undeclared_properties_stay_in_AdditionalData_once()
    {
        const string Json = """{"id":"p2","method":"transfer","iban":"DE02","note":"rent"}""";
        Payment payment = RoundTrip.Assert(Json, CompositionsJsonContext.Default.Payment);

        Assert.True(payment.Variant!.IsTransfer);
        Assert.False(payment.Variant.IsCard);
        Assert.Equal("DE02", payment.Variant.AsTransfer!.Iban);
        Assert.Equal(new[] { "note" }, payment.AdditionalData!.Keys);
        Assert.Equal(Json, JsonSerializer.Serialize(payment, CompositionsJsonContext.Default.Payment));
    }

    [Fact]
    public void An_unknown_tag_keeps_the_object_as_it_was()
    {
        const string Json = """{"id":"p3","method":"cash","coins":12}""";
        Payment payment = RoundTrip.Assert(Json, CompositionsJsonContext.Default.Payment);

        Assert.True(payment.Variant!.IsUnknown);
        Assert.Equal(12, payment.AdditionalData!["coins"].GetInt32());
        Assert.Equal(Json, JsonSerializer.Serialize(payment, CompositionsJsonContext.Default.Payment));
    }

    [Fact]
    public void Changes_to_the_branch_and_to_AdditionalData_are_written()
    {
        Payment payment = JsonSerializer.Deserialize("""{"id":"p4","method":"card","number":"1","x":1}""", CompositionsJsonContext.Default.Payment)!;
        payment.Variant!.AsCard!.Number = "2";
        payment.AdditionalData!["x"] = JsonDocument.Parse("7").RootElement;
        payment.Amount = 9;

        Assert.Equal(
            """{"id":"p4","amount":9,"method":"card","number":"2","x":7}""",
            JsonSerializer.Serialize(payment, CompositionsJsonContext.Default.Payment));
    }

    [Fact]
    public void A_class_built_in_code_writes_one_object_and_a_property_both_declare_once()
    {
        var payment = new Payment { Id = "p5", Method = "card", Variant = new Card { Method = "ignored", Number = "3" } };
        string json = JsonSerializer.Serialize(payment, CompositionsJsonContext.Default.Payment);

        Assert.Equal("""{"id":"p5","method":"card","number":"3"}""", json);
        Assert.Equal(json, JsonSerializer.Serialize(payment, RoundTrip.ThroughMetadata(CompositionsJsonContext.Default.Payment)));
        Assert.Equal("""{"id":"p6","method":"card"}""", JsonSerializer.Serialize(new Payment { Id = "p6", Method = "card" }, CompositionsJsonContext.Default.Payment));
    }

    [Theory]
    [InlineData("""{"id":"p7","method":"card"}""")]
    [InlineData("""{"id":7,"method":"card","number":"1"}""")]
    [InlineData("""{"method":"card","number":"1"}""")]
    [InlineData("""[{"id":"p8","method":"card","number":"1"}]""")]
    [InlineData("""{"id":"p9","method":"card","number":"1\"}""")]
    public void Invalid_JSON_is_a_JsonException_from_every_reader(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, CompositionsJsonContext.Default.Payment));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, RoundTrip.ThroughMetadata(CompositionsJsonContext.Default.Payment)));
        Assert.ThrowsAny<JsonException>(() => RoundTrip.ReadWithGeneratedReader(json, CompositionsJsonContext.Default.Payment));
    }

    [Fact]
    public void An_anyOf_of_inline_branches_is_told_apart_by_required_properties()
    {
        Contact phone = RoundTrip.Assert("""{"name":"Ada","phone":"555"}""", CompositionsJsonContext.Default.Contact);
        Contact email = RoundTrip.Assert("""{"name":"Ada","email":"a@b.c"}""", CompositionsJsonContext.Default.Contact);
        Contact both = RoundTrip.Assert("""{"name":"Ada","email":"a@b.c","phone":"555"}""", CompositionsJsonContext.Default.Contact);
        Contact neither = RoundTrip.Assert("""{"name":"Ada"}""", CompositionsJsonContext.Default.Contact);

        Assert.Equal("555", phone.Variant!.AsVariant2!.Phone);
        Assert.Equal("a@b.c", email.Variant!.AsVariant1!.Email);
        Assert.Equal("Ada", email.Name);

        // anyOf: both branches hold; the first is the typed one, and the other's property stays in AdditionalData.
        Assert.True(both.Variant!.IsVariant1);
        Assert.Equal("555", both.AdditionalData!["phone"].GetString());
        Assert.True(neither.Variant!.IsUnknown);
    }

    [Fact]
    public void An_allOf_of_a_base_and_a_oneOf_merges_the_base_and_holds_the_branch()
    {
        const string File = """{"id":"r1","created":"2024-01-02T03:04:05+00:00","kind":"file","size":3}""";
        Resource file = RoundTrip.Assert(File, CompositionsJsonContext.Default.Resource);
        Resource folder = RoundTrip.Assert("""{"id":"r2","kind":"folder","children":4}""", CompositionsJsonContext.Default.Resource);

        Assert.Equal("r1", file.Id);
        Assert.NotNull(file.Created);
        Assert.Equal(3, file.Variant!.AsFile!.Size);
        Assert.Equal(4, folder.Variant!.AsFolder!.Children);
        Assert.Equal(File, JsonSerializer.Serialize(file, CompositionsJsonContext.Default.Resource));
        Assert.Null(typeof(Resource).BaseType!.GetProperty("Id"));
    }

    [Fact]
    public void A_oneOf_beside_an_allOf_extends_the_allOf_the_same_way()
    {
        const string Json = """{"id":"d1","kind":"folder","children":2}""";
        Document document = RoundTrip.Assert(Json, CompositionsJsonContext.Default.Document);

        Assert.Equal("d1", document.Id);
        Assert.Equal(2, document.Variant!.AsFolder!.Children);
        Assert.Equal(Json, JsonSerializer.Serialize(document, CompositionsJsonContext.Default.Document));
    }

    [Fact]
    public void An_allOf_of_an_anyOf_and_properties_is_OpenAIs_stream_event_shape()
    {
        const string Json = """{"stream_id":"s1","type":"finished","ok":true}""";
        StreamEvent streamEvent = RoundTrip.Assert(Json, CompositionsJsonContext.Default.StreamEvent);
        TaggedEvent tagged = RoundTrip.Assert("""{"stream_id":"s2","type":"started","at":5}""", CompositionsJsonContext.Default.TaggedEvent);

        Assert.Equal("s1", streamEvent.StreamId);
        Assert.True(streamEvent.Variant!.AsFinished!.Ok);
        Assert.Equal(Json, JsonSerializer.Serialize(streamEvent, CompositionsJsonContext.Default.StreamEvent));

        // A part that refers to a union component holds that component's type, not a copy of it.
        Assert.Equal(typeof(Event), typeof(TaggedEvent).GetProperty(nameof(TaggedEvent.Variant))!.PropertyType);
        Assert.Equal(5, tagged.Variant!.AsStarted!.At);
    }

    [Fact]
    public void Branches_that_only_require_a_declared_property_add_no_member()
    {
        Upload upload = RoundTrip.Assert("""{"file_ids":["f1"]}""", CompositionsJsonContext.Default.Upload);

        Assert.Equal(new[] { "f1" }, upload.FileIds!);
        Assert.Null(typeof(Upload).GetProperty("Variant"));
    }

    [Fact]
    public void Composed_classes_nested_in_properties_and_arrays_round_trip()
    {
        const string Json = """{"payment":{"id":"p","method":"transfer","iban":"X","extra":[1]},"resources":[{"id":"a","kind":"file","size":1},{"id":"b","kind":"folder"}]}""";
        Holder holder = RoundTrip.Assert(Json, CompositionsJsonContext.Default.Holder);

        Assert.Equal("X", holder.Payment!.Variant!.AsTransfer!.Iban);
        Assert.True(holder.Resources![1].Variant!.IsFolder);
        Assert.Equal(Json, JsonSerializer.Serialize(holder, CompositionsJsonContext.Default.Holder));
        Assert.Equal(Json, JsonSerializer.Serialize(holder, RoundTrip.ThroughMetadata(CompositionsJsonContext.Default.Holder)));
    }

    [Fact]
    public void A_list_of_composed_classes_reads_through_the_serializer()
    {
        IList<Resource> list = JsonSerializer.Deserialize("""[{"id":"a","kind":"file","size":1}]""", CompositionsJsonContext.Default.ListResource)!;

        Assert.Equal(1, list[0].Variant!.AsFile!.Size);
    }
}
