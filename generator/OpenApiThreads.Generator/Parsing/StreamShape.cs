using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Finishes a <see cref="StreamSpec"/> once every type is known: whether the stream is a union of
/// <c>{event, data}</c> objects, and which request body property asks for the stream.
/// </summary>
internal static class StreamShape
{
    private const string EventProperty = "event";
    private const string DataProperty = "data";
    private const string FlagProperty = "stream";

    public static StreamSpec Complete(StreamSpec stream, RequestBodySpec? body, IReadOnlyDictionary<string, TypeSpec> types)
    {
        var events = new List<StreamEventSpec>();
        if (Lookup(stream.ItemType, types) is UnionSpec union && !Collect(union, new List<string> { union.Name }, types, events, depth: 0))
        {
            events.Clear();
        }

        PropertySpec? flag = Lookup(body?.Type, types) is ObjectSpec request
            ? request.Properties.FirstOrDefault(p => p.JsonName == FlagProperty && p.ConstValue is null && p.Type.Primitive == PrimitiveKind.Boolean)
            : null;
        return stream with
        {
            Events = events.GroupBy(e => e.EventName).Select(g => g.First()).ToImmutableEquatableArray(),
            FlagJsonName = flag?.JsonName,
            FlagPropertyName = flag?.Name,
        };
    }

    /// <summary>
    /// Walks the union (and unions nested in it) and collects one event per object branch; false as soon as a
    /// branch is not an <c>{event: const, data}</c> object the emitted code can build.
    /// </summary>
    private static bool Collect(UnionSpec union, List<string> wrappers, IReadOnlyDictionary<string, TypeSpec> types, List<StreamEventSpec> events, int depth)
    {
        if (depth > 4 || union.Branches.Count == 0)
        {
            return false;
        }

        foreach (UnionBranchSpec branch in union.Branches)
        {
            switch (Lookup(branch.Type, types))
            {
                case UnionSpec inner when !wrappers.Contains(inner.Name):
                    if (!Collect(inner, wrappers.Prepend(inner.Name).ToList(), types, events, depth + 1))
                    {
                        return false;
                    }

                    break;
                case ObjectSpec obj when EventOf(obj, wrappers) is { } found:
                    events.Add(found);
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static StreamEventSpec? EventOf(ObjectSpec obj, List<string> wrappers)
    {
        PropertySpec? name = obj.Properties.FirstOrDefault(p => p.JsonName == EventProperty && p.ConstValue is not null);
        PropertySpec? data = obj.Properties.FirstOrDefault(p => p.JsonName == DataProperty);

        // Any other property the caller would have to set makes the branch something this shape cannot build.
        bool othersOptional = obj.Properties.All(p => p == name || p == data || !p.IsRequired || p.ConstValue is not null);
        if (name is null || data is null || !othersOptional)
        {
            return null;
        }

        return new StreamEventSpec
        {
            EventName = name.ConstValue!,
            BranchType = obj.Name,
            DataPropertyName = data.Name,
            DataType = data.ConstValue is null ? data.Type : null,
            Wrappers = wrappers.ToImmutableEquatableArray(),
        };
    }

    private static TypeSpec? Lookup(TypeRef? type, IReadOnlyDictionary<string, TypeSpec> types)
        => type is { Kind: TypeRefKind.Generated } && types.TryGetValue(type.Name, out TypeSpec? spec) ? spec : null;
}
