using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// One parser per stream item type, handed to SseParser: it turns an event's name and data bytes into a value
/// without copying the bytes into a string first.
/// </summary>
internal static class StreamParserEmitter
{
    private const string Json = "json::";

    public static string ParserName(StreamSpec stream) => "Parse" + stream.ItemType.InfoName + "Event";

    public static void Write(SourceWriter writer, IEnumerable<StreamSpec> streams, EmitHeader header)
    {
        foreach (StreamSpec stream in streams.GroupBy(ParserName).Select(g => g.First()))
        {
            writer.WriteLine();
            if (stream.Events.Count > 0)
            {
                WriteEnvelopeParser(writer, stream, header);
            }
            else
            {
                WriteDataParser(writer, stream, header);
            }
        }
    }

    /// <summary>Each <c>data:</c> is one JSON value; OpenAI's <c>[DONE]</c> sentinel ends the stream.</summary>
    private static void WriteDataParser(SourceWriter writer, StreamSpec stream, EmitHeader header)
    {
        string item = stream.ItemType.ToCSharp();
        string read = Deserialize(stream.ItemType, header, "the event's data");
        writer.WriteLines($$"""
                private static StreamItem<{{item}}> {{ParserName(stream)}}(string eventType, global::System.ReadOnlySpan<byte> data)
                    => IsDone(data) ? StreamItem<{{item}}>.Done : new StreamItem<{{item}}>({{read}}, isLast: false);
            """);
    }

    /// <summary>The SSE event name picks the branch; its data fills the branch's data property.</summary>
    private static void WriteEnvelopeParser(SourceWriter writer, StreamSpec stream, EmitHeader header)
    {
        string item = stream.ItemType.ToCSharp();
        writer.WriteLine("    private static StreamItem<" + item + "> " + ParserName(stream) + "(string eventType, global::System.ReadOnlySpan<byte> data)");
        writer.WriteLine("    {");
        writer.WriteLine("        switch (eventType)");
        writer.WriteLine("        {");
        foreach (StreamEventSpec streamEvent in stream.Events)
        {
            string value = "new api::" + streamEvent.BranchType + "()";
            if (streamEvent.DataType is { } dataType)
            {
                value = "new api::" + streamEvent.BranchType + " { " + streamEvent.DataPropertyName + " = " + Deserialize(dataType, header, "the data of a '" + streamEvent.EventName + "' event") + " }";
            }

            foreach (string wrapper in streamEvent.Wrappers)
            {
                value = "new api::" + wrapper + "(" + value + ")";
            }

            bool last = streamEvent.EventName == "done";
            writer.WriteLine("            case " + DocComments.Literal(streamEvent.EventName) + ":");
            writer.WriteLine("                return new StreamItem<" + item + ">(" + value + ", isLast: " + (last ? "true" : "false") + ");");
        }

        writer.WriteLine("            default:");
        writer.WriteLine("                // An event this document does not know yet (a newer server): kept, not dropped or thrown.");
        writer.WriteLine("                return new StreamItem<" + item + ">(api::" + stream.ItemType.Name + ".FromUnknownJson(UnknownEvent(eventType, data)), isLast: false);");
        writer.WriteLine("        }");
        writer.WriteLine("    }");
    }

    /// <summary>Reads data bytes as the type; text data is taken as it is, and JSON null is refused where null is not allowed.</summary>
    private static string Deserialize(TypeRef type, EmitHeader header, string what)
    {
        if (type.Primitive == PrimitiveKind.String)
        {
            return "global::System.Text.Encoding.UTF8.GetString(data)";
        }

        string context = "api::" + header.ContextName;
        string read = type.Kind == TypeRefKind.Generated
            ? context + ".ReadDocument(data, " + FastReadEmitter.ReaderName(type) + ", " + context + ".Default." + type.InfoName + ")"
            : Json + "JsonSerializer.Deserialize(data, " + context + ".Default." + type.InfoName + ")";
        return type.IsNullable || type.IsValueType
            ? read
            : "(" + read + " ?? throw new " + Json + "JsonException(" + DocComments.Literal("JSON null is not allowed as " + what + ".") + "))";
    }
}
