using System.Text.Json.Serialization;

namespace OpenApiThreads.Templates.Tests;

internal sealed record TestItem(string Name, bool? Stream = null);

internal sealed record TestError(TestErrorDetail? Error);

internal sealed record TestErrorDetail(string? Message);

[JsonSerializable(typeof(TestItem))]
[JsonSerializable(typeof(TestError))]
[JsonSerializable(typeof(string))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class TestJsonContext : JsonSerializerContext;
