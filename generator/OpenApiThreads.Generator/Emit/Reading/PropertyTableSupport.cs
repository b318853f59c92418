using System.Globalization;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit.Reading;

/// <summary>
/// How a generated object reader finds its properties: one table per object (its JSON names and which are
/// required), and a <c>PropertyReader</c> that steps through the JSON object, matching each name to the table's index
/// for the reader's <c>switch</c> and keeping or skipping the rest. Written once into the context, so an object's
/// reader is one line per property.
/// </summary>
internal static class PropertyTableSupport
{
    private const string Json = "json::";
    private const string Token = Json + "JsonTokenType";

    /// <summary>The static field that holds an object's table, made the first time the object is read.</summary>
    public static string FieldName(string info) => "s_" + info + "_properties";

    /// <summary>
    /// <c>new(typeof(T), keepsUnknown, required, "name", …)</c>: the type the errors name, whether the type keeps the
    /// properties it does not declare, and the JSON names in declared order, the required ones a bit each by index.
    /// </summary>
    public static string Construction(ObjectSpec shape, string typeName)
    {
        int words = System.Math.Max(1, (shape.Properties.Count + 63) / 64);
        var masks = new ulong[words];
        for (int i = 0; i < shape.Properties.Count; i++)
        {
            if (shape.Properties[i].IsRequired)
            {
                masks[i / 64] |= 1UL << (i % 64);
            }
        }

        // Words after the last required property are left out: the table reads a missing word as none required.
        int used = System.Math.Max(1, masks.Select((mask, index) => mask == 0 ? 0 : index + 1).Max());
        string required = used == 1
            ? Mask(masks[0])
            : "new[] { " + string.Join(", ", masks.Take(used).Select(Mask)) + " }";
        return "new(" + string.Join(", ", new[] { "typeof(" + typeName + ")", shape.AdditionalDataName is null ? "false" : "true", required }.Concat(shape.Properties.Select(p => DocComments.Literal(p.JsonName)))) + ")";
    }

    private static string Mask(ulong mask) => mask == 0 ? "0UL" : "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";

    /// <param name="hasAdditionalData">Whether objects keep extension data, so the context has the interface <c>Finish</c> sets it through.</param>
    public static void Write(SourceWriter writer, bool hasAdditionalData)
    {
        writer.WriteLines($$"""

                /// <summary>
                /// An object's JSON property names, as its generated reader matches them, and which are required (bit
                /// <c>i % 64</c> of word <c>i / 64</c> for the property at index <c>i</c>).
                /// </summary>
                internal sealed class PropertyTable
                {
                    internal PropertyTable(global::System.Type type, bool keepsUnknown, ulong required, params string[] names)
                        : this(type, keepsUnknown, new[] { required }, names)
                    {
                    }

                    internal PropertyTable(global::System.Type type, bool keepsUnknown, ulong[] required, params string[] names)
                    {
                        Type = type;
                        KeepsUnknown = keepsUnknown;
                        Names = names;
                        Required = required;
                        Utf8Names = new byte[names.Length][];
                        for (int i = 0; i < names.Length; i++)
                        {
                            // A lone surrogate becomes U+FFFD, as it is in the UTF-8 of a JSON name that holds one.
                            Utf8Names[i] = global::System.Text.Encoding.UTF8.GetBytes(names[i]);
                        }
                    }

                    /// <summary>The object's type, which the errors name.</summary>
                    internal global::System.Type Type { get; }

                    /// <summary>Whether the type keeps the properties it does not declare (in its AdditionalData), or skips them.</summary>
                    internal bool KeepsUnknown { get; }

                    internal string[] Names { get; }

                    internal byte[][] Utf8Names { get; }

                    internal ulong[] Required { get; }

                    internal bool IsRequired(int index)
                        => index / 64 < Required.Length && (Required[index / 64] & (1UL << (index % 64))) != 0;
                }

                /// <summary>
                /// Steps a generated reader through one JSON object's properties: <see cref="Next"/> finds each name in
                /// the table, moves to its value and remembers it was seen; a name the table does not hold is kept in
                /// <see cref="Unknown"/> or skipped, as the table says.
                /// </summary>
                internal struct PropertyReader
                {
                    private readonly PropertyTable _table;
                    private ulong _seen;
                    private ulong[]? _seenAfter64;
                    private int _expected;

                    internal PropertyReader(PropertyTable table)
                    {
                        _table = table;
                        _seen = 0;
                        _seenAfter64 = null;
                        _expected = 0;
                        Index = -1;
                        Unknown = null;
                    }

                    /// <summary>The table's index of the current property.</summary>
                    internal int Index { get; private set; }

                    /// <summary>The properties the type does not declare, if it keeps them; null when there were none.</summary>
                    internal generic::IDictionary<string, {{Json}}JsonElement>? Unknown { get; private set; }

                    /// <summary>Moves to the value of the next declared property; false at the object's end.</summary>
                    internal bool Next(ref {{Json}}Utf8JsonReader reader)
                    {
                        byte[][] names = _table.Utf8Names;
                        while (true)
                        {
                            ReadNext(ref reader);
                            if (reader.TokenType == {{Token}}.EndObject)
                            {
                                return false;
                            }

                            // JSON usually lists properties in the declared order, so the one after the last match is
                            // tried first; any other is looked for from the start.
                            int index = _expected < names.Length && reader.ValueTextEquals(names[_expected]) ? _expected : Find(ref reader, names);
                            if (index >= 0)
                            {
                                Index = index;
                                _expected = index + 1;
                                if (index < 64)
                                {
                                    _seen |= 1UL << index;
                                }
                                else
                                {
                                    (_seenAfter64 ??= new ulong[(names.Length - 1) / 64])[(index / 64) - 1] |= 1UL << (index % 64);
                                }

                                ReadNext(ref reader);
                                return true;
                            }

                            if (_table.KeepsUnknown)
                            {
                                string name = reader.GetString()!;
                                ReadNext(ref reader);
                                (Unknown ??= new generic::Dictionary<string, {{Json}}JsonElement>())[name] = {{Json}}JsonElement.ParseValue(ref reader);
                            }
                            else
                            {
                                ReadNext(ref reader);
                                reader.Skip();
                            }
                        }
                    }

                    private static int Find(ref {{Json}}Utf8JsonReader reader, byte[][] names)
                    {
                        for (int index = 0; index < names.Length; index++)
                        {
                            if (reader.ValueTextEquals(names[index]))
                            {
                                return index;
                            }
                        }

                        return -1;
                    }

                    /// <summary>Reads the rest of an object that declares no properties.</summary>
                    internal void ReadToEnd(ref {{Json}}Utf8JsonReader reader)
                    {
                        while (Next(ref reader))
                        {
                            // Only declared properties stop here, and there are none.
                        }
                    }

                    /// <summary>Whether the reader is on the object's start: false on JSON null, an error on any other token.</summary>
                    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
                    internal readonly bool StartObject(ref {{Json}}Utf8JsonReader reader)
                    {
                        if (reader.TokenType == {{Token}}.Null)
                        {
                            return false;
                        }

                        ExpectToken(ref reader, {{Token}}.StartObject, _table.Type);
                        return true;
                    }

                    /// <summary>The error System.Text.Json gives when required properties are missing, naming each one.</summary>
                    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
                    internal readonly void CheckRequired()
                    {
                        ulong[] required = _table.Required;
                        if (required.Length != 1 || (_seen & required[0]) != required[0])
                        {
                            ThrowIfMissing();
                        }
                    }

            """);
        if (hasAdditionalData)
        {
            // One call ends the reader of a type that keeps extension data (about 60 KB of OpenAI's spec's output).
            writer.WriteLines($$"""
                        /// <summary>Checks the required properties were present and gives the value those it does not declare.</summary>
                        internal readonly T Finish<T>(T value)
                            where T : {{Metadata.MetadataHelpers.ExtensionDataInterface}}
                        {
                            CheckRequired();
                            value.{{Metadata.MetadataHelpers.DefaultExtensionDataName}} = Unknown;
                            return value;
                        }

                """);
        }

        writer.WriteLines($$"""
                    private readonly void ThrowIfMissing()
                    {
                        global::System.Text.StringBuilder? missing = null;
                        for (int i = 0; i < _table.Names.Length; i++)
                        {
                            if (_table.IsRequired(i) && !WasSeen(i))
                            {
                                missing = missing is null ? new global::System.Text.StringBuilder("'") : missing.Append(", '");
                                missing.Append(_table.Names[i]).Append('\'');
                            }
                        }

                        if (missing is not null)
                        {
                            throw new {{Json}}JsonException("JSON deserialization for type '" + _table.Type.FullName + "' was missing required properties including: " + missing + ".");
                        }
                    }

                    private readonly bool WasSeen(int index) => index < 64
                        ? (_seen & (1UL << index)) != 0
                        : _seenAfter64 is not null && (_seenAfter64[(index / 64) - 1] & (1UL << (index % 64))) != 0;
                }
            """);
    }
}
