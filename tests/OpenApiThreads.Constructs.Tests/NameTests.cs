using System.Text.Json;
using Constructs.Names;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/names.yaml: any name becomes a valid, idiomatic C# identifier, and the JSON name stays exact.</summary>
public sealed class NameTests
{
    [Fact]
    public void Every_JSON_name_survives_a_round_trip_exactly()
    {
        const string Json = """
            {"class":"1","2fa":"2","dashed-name":"3","dotted.name":"4","with space":"5","Ünïcödé":"6","名前":"7",
             "id":"8","Id":"9","@odata.type":"10","$ref":"11","_private":"12","Equals":"13","value":"14"}
            """;

        Class model = RoundTrip.Assert(Json, NamesJsonContext.Default.Class);

        Assert.Null(model.AdditionalData);
        Assert.Equal("8", model.Id);
        Assert.Equal("9", model.Id2);
    }

    [Fact]
    public void Property_names_are_Pascal_case_identifiers()
    {
        var model = new Class
        {
            Class2 = "a",
            _2fa = "b",
            DashedName = "c",
            DottedName = "d",
            WithSpace = "e",
            Ünïcödé = "f",
            名前 = "g",
            OdataType = "h",
            Ref = "i",
            Private = "j",
            Equals2 = "k",
            Value = "l",
        };

        RoundTrip.AssertSameJson(
            """{"class":"a","2fa":"b","dashed-name":"c","dotted.name":"d","with space":"e","Ünïcödé":"f","名前":"g","@odata.type":"h","$ref":"i","_private":"j","Equals":"k","value":"l"}""",
            JsonSerializer.Serialize(model, NamesJsonContext.Default.Class));
    }

    [Fact]
    public void Schema_names_become_type_names()
    {
        // "class", "2nd.schema-name" and "snake_case_schema": this file compiling is most of the test.
        Assert.Equal("Class", typeof(Class).Name);
        Assert.Equal("_2ndSchemaName", typeof(_2ndSchemaName).Name);
        Assert.Equal("SnakeCaseSchema", typeof(SnakeCaseSchema).Name);
        RoundTrip.Assert("""{"x":"1"}""", NamesJsonContext.Default._2ndSchemaName);
    }
}
