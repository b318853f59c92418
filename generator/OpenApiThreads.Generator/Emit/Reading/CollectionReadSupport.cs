using System.Collections.Generic;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit.Reading;

/// <summary>
/// The context's list and map readers, shared by every generated reader (<see cref="ValueReads"/>), and a
/// <c>Read_X</c> for each built-in type a list or map holds, to hand them as the element reader.
/// </summary>
internal static class CollectionReadSupport
{
    private const string Json = "json::";
    private const string Token = Json + "JsonTokenType";
    private const string Generic = "generic::";

    public static void Write(SourceWriter writer)
    {
        writer.WriteLines($$"""

                /// <summary>Reads a JSON array, or null, with <paramref name="readItem"/> for each element.</summary>
                internal static {{Generic}}IList<T>? ReadList<T>(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options, FastReader<T> readItem)
                {
                    if (reader.TokenType == {{Token}}.Null)
                    {
                        return null;
                    }

                    ExpectToken(ref reader, {{Token}}.StartArray, typeof({{Generic}}IList<T>));
                    var list = new {{Generic}}List<T>();
                    while (true)
                    {
                        ReadNext(ref reader);
                        if (reader.TokenType == {{Token}}.EndArray)
                        {
                            return list;
                        }

                        list.Add(readItem(ref reader, options)!);
                    }
                }

                /// <summary>Reads a JSON object, or null, as a map, with <paramref name="readItem"/> for each value.</summary>
                internal static {{Generic}}IDictionary<string, T>? ReadMap<T>(ref {{Json}}Utf8JsonReader reader, {{Json}}JsonSerializerOptions options, FastReader<T> readItem)
                {
                    if (reader.TokenType == {{Token}}.Null)
                    {
                        return null;
                    }

                    ExpectToken(ref reader, {{Token}}.StartObject, typeof({{Generic}}IDictionary<string, T>));
                    var map = new {{Generic}}Dictionary<string, T>();
                    while (true)
                    {
                        ReadNext(ref reader);
                        if (reader.TokenType == {{Token}}.EndObject)
                        {
                            return map;
                        }

                        string key = reader.GetString()!;
                        ReadNext(ref reader);
                        map[key] = readItem(ref reader, options)!;
                    }
                }
            """);
    }

    /// <summary>
    /// The built-in types lists and maps hold, one per runtime type (string and string? read alike, long and long? do
    /// not), each of which gets a <c>Read_X</c> to pass as the element reader (<see cref="WriteElementReader"/>).
    /// </summary>
    public static IEnumerable<TypeRef> ElementTypes(IEnumerable<TypeRef> contextTypes)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (TypeRef type in contextTypes)
        {
            if (type is { Kind: TypeRefKind.List or TypeRefKind.Map, Element: { Kind: TypeRefKind.BuiltIn } element } && seen.Add(element.InfoName))
            {
                yield return element;
            }
        }
    }

    public static void WriteElementReader(SourceWriter writer, TypeRef element, string ns)
    {
        TypeRef runtime = element.RuntimeType;
        string returns = runtime.ToCSharp() + (runtime.IsValueType ? string.Empty : "?");
        writer.WriteLine("    internal static " + returns + " " + FastReadEmitter.ReaderName(element) + "(ref " + Json + "Utf8JsonReader reader, " + Json + "JsonSerializerOptions options)");
        writer.WriteLine("        => " + ValueReads.PrimitiveExpression(runtime, ns) + ";");
    }
}
