using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiThreads;

namespace OpenApiThreads.Cli.Output;

/// <summary>
/// Writes results as indented JSON, or as JSON Lines for lists and streams, through the generated metadata only (no
/// reflection, so AOT-safe).
/// </summary>
internal static class JsonOutput
{
    /// <summary>Type metadata bound to the indented output options; use its properties, e.g. <c>Context.ThreadObject</c>.</summary>
    public static ThreadsJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        // A terminal or a pipe, never an HTML page: keep "it's" and "é" readable instead of \u0027 and \u00E9.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The same metadata without indentation, so that each value is one line (JSON Lines).</summary>
    public static ThreadsJsonContext Lines { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes a value and flushes, so a reader of a pipe sees it at once, not when a buffer fills.</summary>
    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo)
    {
        output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
        output.Flush();
    }
}
