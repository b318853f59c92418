using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Where a name from the spec ends up in C#: a type, a property, an enum member, a method parameter in each
/// location, a method, a tag (not used for code today, so it must change nothing), the client's name (the title).
/// </summary>
internal enum NameSlot
{
    Schema,
    OtherSchema,
    EnumSchema,
    UnionSchema,

    /// <summary>A schema named like the JSON context's name for a collection of another (<c>ListPet</c> beside <c>Pet</c>).</summary>
    CollectionLikeSchema,
    Property,
    OtherProperty,
    EnumValue,
    OtherEnumValue,
    PathParameter,
    QueryParameter,
    HeaderParameter,
    OperationId,
    OtherOperationId,
    Tag,
    Title,
}

/// <summary>The names of one name-fuzz case, by slot.</summary>
internal sealed class NameSlots
{
    private readonly Dictionary<NameSlot, string> _names;

    private NameSlots(Dictionary<NameSlot, string> names) => _names = names;

    public string this[NameSlot slot] => _names[slot];

    /// <summary>
    /// Case <paramref name="index"/> of the sweep: one hard name in every slot at once, and look-alikes of it (case
    /// or punctuation only) in the "other" slots, so a name meets itself as a type, member, parameter and method.
    /// </summary>
    public static NameSlots Sweep(IReadOnlyList<string> names, int index)
    {
        string name = names[index % names.Count];
        var random = new Random(index);
        var slots = Enum.GetValues<NameSlot>().ToDictionary(slot => slot, _ => name);
        foreach (NameSlot other in new[] { NameSlot.OtherSchema, NameSlot.OtherProperty, NameSlot.OtherEnumValue, NameSlot.OtherOperationId })
        {
            slots[other] = HardNames.LookAlike(random, name);
        }

        slots[NameSlot.CollectionLikeSchema] = new[] { "List", "Dictionary", "Nullable", "ListNullable" }[index % 4] + name;

        return new NameSlots(slots);
    }

    /// <summary>A random case: each slot draws a hard name, or a look-alike of a slot filled before it.</summary>
    public static NameSlots Draw(IReadOnlyList<string> names, Random random)
    {
        var slots = new Dictionary<NameSlot, string>();
        foreach (NameSlot slot in Enum.GetValues<NameSlot>())
        {
            slots[slot] = slot == NameSlot.CollectionLikeSchema && random.Next(2) == 0
                ? new[] { "List", "Dictionary", "Nullable", "ListNullable" }[random.Next(4)] + slots[NameSlot.Schema]
                : slots.Count > 0 && random.Next(3) == 0
                ? HardNames.LookAlike(random, slots.Values.ElementAt(random.Next(slots.Count)))
                : names[random.Next(names.Count)];
        }

        return new NameSlots(slots);
    }

    public string Describe() => string.Join(", ", _names.Select(n => n.Key + "=" + Show(n.Value)));

    private static string Show(string name) => "\"" + (name.Length > 40 ? name.Substring(0, 20) + "…(" + name.Length + ")" : name).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
