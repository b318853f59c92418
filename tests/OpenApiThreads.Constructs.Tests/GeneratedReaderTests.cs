using System.Linq;
using System.Text.Json;
using Constructs.Objects;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/objects.yaml through the generated reader's property table: names in any order or escaped, and an object
/// wider than one 64-bit word of seen flags. Each read is compared with what the metadata reads.
/// </summary>
public sealed class GeneratedReaderTests
{
    [Fact]
    public void Properties_in_reverse_order_and_escaped_names_read_as_the_metadata_reads_them()
    {
        // The reader looks for each name after the last one it matched first; this order makes it go round every time.
        const string Json = """
            {"address":{"street":"St James's Square","city":"London"},"nickname":"A","email":"ada@example.com","age":36,
             "\u006danager":"m1","name":"Ada","future":[1,2],"i\u0064":"p1"}
            """;

        Person fromMetadata = JsonSerializer.Deserialize(Json, ObjectsJsonContext.Default.Person)!;
        Person fromReader = RoundTrip.ReadWithGeneratedReader(Json, ObjectsJsonContext.Default.Person)!;

        Assert.Equal("p1", fromReader.Id);
        Assert.Equal("m1", fromReader.Manager);
        Assert.Equal("London", fromReader.Address!.City);
        Assert.Equal(JsonSerializer.Serialize(fromMetadata, ObjectsJsonContext.Default.Person), JsonSerializer.Serialize(fromReader, ObjectsJsonContext.Default.Person));
    }

    [Fact]
    public void A_property_given_twice_keeps_the_last_value()
    {
        const string Json = """{"id":"p1","name":"Ada","manager":null,"name":"Grace"}""";

        Assert.Equal("Grace", RoundTrip.ReadWithGeneratedReader(Json, ObjectsJsonContext.Default.Person)!.Name);
    }

    [Fact]
    public void A_wide_object_round_trips()
    {
        string json = "{" + string.Join(",", Enumerable.Range(0, 70).Select(i => "\"p" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "\":\"v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"")) + "}";

        Wide wide = RoundTrip.Assert(json, ObjectsJsonContext.Default.Wide);

        Assert.Equal("v69", wide.P69);
    }

    [Fact]
    public void A_wide_object_names_the_missing_required_properties_past_the_64th()
    {
        const string Json = """{"p00":"a","p65":"b"}""";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Json, ObjectsJsonContext.Default.Wide));
        var fromGeneratedReader = Assert.Throws<JsonException>(() => RoundTrip.ReadWithGeneratedReader(Json, ObjectsJsonContext.Default.Wide));

        Assert.Contains("'p66', 'p69'", exception.Message, System.StringComparison.Ordinal);
        Assert.Equal(exception.Message, fromGeneratedReader.Message);
    }
}
