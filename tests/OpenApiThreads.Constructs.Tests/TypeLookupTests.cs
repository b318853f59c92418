using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Constructs.TypeLookup;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Off its own collection: the switch is process-wide, and a test running beside these with it off would lose the
/// lookup of types it never reached through a typed property.
/// </summary>
[CollectionDefinition(nameof(TypeLookupCollection), DisableParallelization = true)]
public sealed class TypeLookupCollection
{
}

/// <summary>
/// The generated context's resolver answers for a type its typed property (or a type that reaches it) asked for;
/// for any other type only while the <c>OpenApiThreads.JsonContext.AnyTypeLookup</c> switch is on, as it is unless a
/// trimmed or Native AOT publish turns it off (README, "Trimming").
/// </summary>
[Collection(nameof(TypeLookupCollection))]
public sealed class TypeLookupTests
{
    private const string Switch = "OpenApiThreads.JsonContext.AnyTypeLookup";

    [Fact]
    public void With_the_switch_off_a_type_nothing_reached_has_no_metadata()
    {
        WithSwitch(false, () =>
        {
            var context = new TypeLookupJsonContext();
            Assert.Null(((IJsonTypeInfoResolver)context).GetTypeInfo(typeof(NeverReached), context.Options));
            Assert.Throws<NotSupportedException>(() => context.Options.GetTypeInfo(typeof(NeverReached)));
        });
    }

    [Fact]
    public void With_the_switch_off_a_typed_property_reaches_its_type_and_every_type_it_holds()
    {
        WithSwitch(false, () =>
        {
            var context = new TypeLookupJsonContext();
            const string Json = """{"inner":{"count":3},"tags":["a"],"counts":{"x":1},"kind":"large","choice":{"count":4},"maybe":null}""";
            Holder value = JsonSerializer.Deserialize(Json, context.Holder)!;

            Assert.Equal(Json, JsonSerializer.Serialize(value, context.Holder));

            // Other options (the metadata path, not the fast path) resolve every property type (object, list, map,
            // enum, union, nullable number) through the same resolver, as a TypeInfoResolver chain does.
            var options = new JsonSerializerOptions { TypeInfoResolver = context };
            Assert.Equal(Json, JsonSerializer.Serialize(JsonSerializer.Deserialize(Json, InfoOf<Holder>(options))!, InfoOf<Holder>(options)));
            Assert.Equal(3, JsonSerializer.Deserialize("""{"count":3}""", InfoOf<Inner>(options))!.Count);
        });
    }

    [Fact]
    public void With_the_switch_on_any_type_of_the_document_resolves_through_the_options()
    {
        WithSwitch(true, () =>
        {
            var context = new TypeLookupJsonContext();
            Assert.Equal("""{"label":"x"}""", JsonSerializer.Serialize(new LookedUp { Label = "x" }, InfoOf<LookedUp>(context.Options)));
        });
    }

    [Fact]
    public void With_the_switch_on_two_spellings_of_one_runtime_type_resolve_once()
    {
        WithSwitch(true, () =>
        {
            var context = new TypeLookupJsonContext();
            Assert.NotNull(context.Options.GetTypeInfo(typeof(System.Collections.Generic.IList<string>)));
            Assert.NotNull(context.Options.GetTypeInfo(typeof(System.Collections.Generic.IDictionary<string, string>)));
            Assert.Equal("""{"plain":["a"],"maybe":[null]}""", JsonSerializer.Serialize(new TwoSpellings { Plain = ["a"], Maybe = [null] }, InfoOf<TwoSpellings>(context.Options)));
        });
    }

    private static JsonTypeInfo<T> InfoOf<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static void WithSwitch(bool enabled, Action test)
    {
        AppContext.SetSwitch(Switch, enabled);
        try
        {
            test();
        }
        finally
        {
            AppContext.SetSwitch(Switch, true);
        }
    }
}
