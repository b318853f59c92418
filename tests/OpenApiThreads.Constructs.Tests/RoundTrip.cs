using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>JSON in → model → JSON out, compared as JSON (property order and number spelling do not matter).</summary>
internal static class RoundTrip
{
    /// <summary>Reads <paramref name="json"/>, writes the model back, asserts the two are the same JSON, and returns the model.</summary>
    public static T Assert<T>(string json, JsonTypeInfo<T> info)
    {
        T model = JsonSerializer.Deserialize(json, info)!;
        AssertSameJson(json, JsonSerializer.Serialize(model, info));
        return model;
    }

    public static void AssertSameJson(string expected, string actual)
    {
        JsonNode? expectedNode = JsonNode.Parse(expected);
        JsonNode? actualNode = JsonNode.Parse(actual);
        Xunit.Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Expected {expectedNode?.ToJsonString()}\nbut got  {actualNode?.ToJsonString()}");
    }
}
