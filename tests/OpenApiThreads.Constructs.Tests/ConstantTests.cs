using System.Text.Json;
using Constructs.Constants;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/constants.yaml: <c>const</c> and single-value enums are fixed values, always written.</summary>
public sealed class ConstantTests
{
    [Fact]
    public void Fixed_values_round_trip()
    {
        ThreadObject thread = RoundTrip.Assert("""{"id":"t1","object":"thread","kind":"thread.v2","version":"2024-01","level":2}""", ConstantsJsonContext.Default.ThreadObject);

        Assert.Equal("thread", thread.Object);
        Assert.Equal("thread.v2", thread.Kind);
    }

    [Fact]
    public void Fixed_values_are_written_without_being_set()
    {
        var thread = new ThreadObject { Id = "t1" };

        RoundTrip.AssertSameJson(
            """{"id":"t1","object":"thread","kind":"thread.v2","version":"2024-01"}""",
            JsonSerializer.Serialize(thread, ConstantsJsonContext.Default.ThreadObject));
    }

    [Fact]
    public void A_number_const_is_a_number()
    {
        ThreadObject thread = RoundTrip.Assert("""{"id":"t1","object":"thread","kind":"thread.v2","version":"2024-01","level":2}""", ConstantsJsonContext.Default.ThreadObject);

        Assert.Equal(2, thread.Level);
    }
}
