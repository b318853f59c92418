using Constructs.MultiFile;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/MultiFile: a spec whose schemas live in other files (YAML and JSON), generated from the project's AdditionalFiles.</summary>
public sealed class MultiFileTests
{
    [Fact]
    public void Schemas_from_other_files_round_trip_under_their_own_names()
    {
        const string Json = """
            {"pet":{"name":"Rex","tag":{"label":"dog"},"sibling":{"name":"Fido"}},"error":{"message":"m","cause":{"message":"c"}},
             "tags":[{"label":"a"}]}
            """;

        Order order = RoundTrip.Assert(Json, StoreJsonContext.Default.Order);

        Pet pet = order.Pet;
        Tag tag = pet.Tag!;
        Assert.Equal("dog", tag.Label);
        Assert.Equal("Fido", pet.Sibling!.Name);
        Error cause = order.Error!.Cause!;
        Assert.Equal("c", cause.Message);
        Assert.Equal("a", order.Tags![0].Label);
    }
}
