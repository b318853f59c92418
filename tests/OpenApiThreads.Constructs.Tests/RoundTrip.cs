using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>JSON in → model → JSON out, compared as JSON (property order and number spelling do not matter).</summary>
internal static class RoundTrip
{
    /// <summary>
    /// Reads <paramref name="json"/>, writes the model back, asserts the two are the same JSON, and returns the model.
    /// The write is checked twice: through the fast path the context's own options use, and through the property
    /// metadata other options fall back to; both must give exactly the same text.
    /// </summary>
    public static T Assert<T>(string json, JsonTypeInfo<T> info)
    {
        T model = JsonSerializer.Deserialize(json, info)!;
        string fast = JsonSerializer.Serialize(model, info);
        AssertSameJson(json, fast);
        Xunit.Assert.Equal(fast, JsonSerializer.Serialize(model, ThroughMetadata(info)));
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            Xunit.Assert.NotNull(info.SerializeHandler);
        }

        // Reading is checked three ways too: the metadata (with union branches on the generated readers), the
        // metadata alone (other options), and the generated reader alone (what the client uses for bodies).
        Xunit.Assert.Equal(fast, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ThroughMetadata(info))!, info));
        if (typeof(T).Namespace == info.Options.TypeInfoResolver!.GetType().Namespace)
        {
            Xunit.Assert.Equal(fast, JsonSerializer.Serialize(ReadWithGeneratedReader(json, info)!, info));
        }

        return model;
    }

    /// <summary>A generated reader's shape: <c>Read_{InfoName}(ref reader, options)</c> in one of the context's shards.</summary>
    private delegate T? GeneratedReader<T>(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>
    /// Reads through the context's generated reader for <typeparamref name="T"/> alone. The readers are internal
    /// members of each spec's context's shards, found by name: the generated code carries no hook for tests. Tests run on
    /// the JIT, where this reflection is safe. Mirrors the client: one value, nothing after it, and the reader's
    /// own InvalidOperationException/FormatException surfaced as JsonException.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Test code on the JIT; the context type is kept.")]
    public static T? ReadWithGeneratedReader<T>(string json, JsonTypeInfo<T> info)
    {
        Type? underlying = Nullable.GetUnderlyingType(typeof(T));
        string name = "Read_" + (underlying is null ? typeof(T).Name : "Nullable" + underlying.Name);
        // The readers are in the context's shards, its nested classes __Shard0 to __Shard15.
        MethodInfo? method = null;
        foreach (Type shard in info.Options.TypeInfoResolver!.GetType().GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
        {
            method ??= shard.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static);
        }

        if (method is null)
        {
            throw new InvalidOperationException(typeof(T) + " has no generated reader " + name + ".");
        }

        var read = (GeneratedReader<T>)Delegate.CreateDelegate(typeof(GeneratedReader<T>), method);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        try
        {
            reader.Read();
            T? value = read(ref reader, info.Options);
            if (reader.Read())
            {
                throw new JsonException("Unexpected " + reader.TokenType + " after the JSON value.");
            }

            return value;
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
        catch (FormatException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    /// <summary>
    /// The same resolver behind options the fast path may not assume (an extra converter, for a type no model
    /// uses), so System.Text.Json writes from the property metadata instead.
    /// </summary>
    public static JsonTypeInfo<T> ThroughMetadata<T>(JsonTypeInfo<T> info)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = info.Options.TypeInfoResolver };
        options.Converters.Add(new UnusedConverter());
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    public static void AssertSameJson(string expected, string actual)
    {
        JsonNode? expectedNode = JsonNode.Parse(expected);
        JsonNode? actualNode = JsonNode.Parse(actual);
        Xunit.Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Expected {expectedNode?.ToJsonString()}\nbut got  {actualNode?.ToJsonString()}");
    }

    private sealed class UnusedConverter : JsonConverter<Uri>
    {
        public override Uri Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
