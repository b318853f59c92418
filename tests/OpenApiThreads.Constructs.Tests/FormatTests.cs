using System;
using System.Text.Json;
using Constructs.Formats;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/formats.yaml: what each format becomes, and that every one of them round-trips.</summary>
public sealed class FormatTests
{
    [Fact]
    public void Every_format_round_trips()
    {
        const string Json = """
            {"int32":-2147483648,"int64":9223372036854775807,"integer":9007199254740993,"float":1.5,"double":0.1,
             "number":1e300,"dateTime":"2024-02-29T23:59:59.123+05:30","date":"2024-02-29",
             "uuid":"0f8fad5b-d9cb-469f-a165-70867728950e","byte":"aGVsbG8gd29ybGQ=","binary":"raw \u0000 bytes",
             "uri":"https://example.com/a?b=c","flag":false}
            """;

        Formats formats = RoundTrip.Assert(Json, FormatsJsonContext.Default.Formats);

        Assert.Equal(int.MinValue, formats.Int32);
        Assert.Equal(long.MaxValue, formats.Int64);
        Assert.Equal(1.5f, formats.Float);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 59, 59, 123, TimeSpan.FromMinutes(330)), formats.DateTime);
        Assert.Equal(new DateOnly(2024, 2, 29), formats.Date);
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), formats.Uuid);
        Assert.Equal("hello world"u8.ToArray(), formats.Byte);
        Assert.Equal("raw \0 bytes", formats.Binary);
    }

    [Fact]
    public void Each_format_has_its_CSharp_type()
    {
        Assert.Equal(typeof(int?), Type(nameof(Formats.Int32)));
        Assert.Equal(typeof(long?), Type(nameof(Formats.Int64)));
        Assert.Equal(typeof(long?), Type(nameof(Formats.Integer)));
        Assert.Equal(typeof(float?), Type(nameof(Formats.Float)));
        Assert.Equal(typeof(double?), Type(nameof(Formats.Double)));
        Assert.Equal(typeof(double?), Type(nameof(Formats.Number)));
        Assert.Equal(typeof(DateTimeOffset?), Type(nameof(Formats.DateTime)));
        Assert.Equal(typeof(DateOnly?), Type(nameof(Formats.Date)));
        Assert.Equal(typeof(Guid?), Type(nameof(Formats.Uuid)));
        Assert.Equal(typeof(byte[]), Type(nameof(Formats.Byte)));
        Assert.Equal(typeof(string), Type(nameof(Formats.Binary)));
        Assert.Equal(typeof(string), Type(nameof(Formats.Uri)));
        Assert.Equal(typeof(bool?), Type(nameof(Formats.Flag)));
    }

    [Fact]
    public void A_UTC_date_time_reads_and_writes_an_equal_instant()
    {
        // DateTimeOffset writes a zero offset as +00:00, not Z: the same instant, spelled the ISO 8601 way.
        Formats formats = JsonSerializer.Deserialize("""{"dateTime":"2024-01-02T03:04:05Z"}""", FormatsJsonContext.Default.Formats)!;

        Assert.Equal(TimeSpan.Zero, formats.DateTime!.Value.Offset);
        Assert.Equal("""{"dateTime":"2024-01-02T03:04:05+00:00"}""", JsonSerializer.Serialize(formats, FormatsJsonContext.Default.Formats));
    }

    [Fact]
    public void A_malformed_value_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"uuid":"not-a-guid"}""", FormatsJsonContext.Default.Formats));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"date":"2024-13-01"}""", FormatsJsonContext.Default.Formats));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"int32":2147483648}""", FormatsJsonContext.Default.Formats));
    }

    private static Type Type(string property) => typeof(Formats).GetProperty(property)!.PropertyType;
}
