using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// Which generated types get a generated reader (<c>Read_X</c>) and which objects a fast-path writer
/// (<c>Serialize_X</c>): a type the client receives (a response, an event, and everything they hold) is read, a type it
/// sends (a body, a structured form part or parameter, and everything they hold) is written. The rest use the
/// metadata System.Text.Json reads and writes with, which gives the same JSON, so a user who serialises a
/// received type himself still can, a little slower. A spec generated as models only (no client), or with
/// <c>OpenApiFastPaths=all</c>, keeps both for every type: there the user does the reading and writing.
/// </summary>
internal static class FastPaths
{
    public static (HashSet<string> Read, HashSet<string> Written) Of(ApiModel model, IReadOnlyDictionary<string, TypeSpec> types)
    {
        if (!model.GenerateClient || model.AllFastPaths)
        {
            var all = new HashSet<string>(types.Keys, System.StringComparer.Ordinal);
            return (all, new HashSet<string>(all, System.StringComparer.Ordinal));
        }

        var read = new HashSet<string>(System.StringComparer.Ordinal);
        var written = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (OperationSpec operation in model.Operations)
        {
            if (operation.Body is { Encoding: BodyEncoding.Json } body)
            {
                Walk(body.Type, written, types);
            }

            foreach (Model.Bodies.FormPartSpec part in operation.Body?.Form?.Parts ?? ImmutableEquatableArray<Model.Bodies.FormPartSpec>.Empty)
            {
                Walk(part.Type, written, types);
            }

            foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.IsStructured))
            {
                Walk(parameter.Type, written, types);
            }

            Walk(operation.Response.Type, read, types);
            foreach (ResponseAlternative alternative in operation.Response.Alternatives)
            {
                Walk(alternative.Type, read, types);
            }

            Walk(operation.Response.Stream?.ItemType, read, types);
            foreach (StreamEventSpec streamEvent in operation.Response.Stream?.Events ?? ImmutableEquatableArray<StreamEventSpec>.Empty)
            {
                Walk(streamEvent.DataType, read, types);
            }
        }

        // An object with a oneOf beside its properties is read and written by its own converter, which calls its
        // reader, its writer and its union's reader whichever way it is used: it keeps both, as does all it holds.
        // So is a discriminated base, whose converter calls its reader and writer, which dispatch to its subclasses'.
        foreach (ObjectSpec composed in types.Values.OfType<ObjectSpec>().Where(o => o.Composition is not null || o.Polymorphism is not null))
        {
            Walk(composed.Ref, read, types);
            Walk(composed.Ref, written, types);
        }

        return (read, written);
    }

    /// <summary>Adds the generated type <paramref name="type"/> names (through lists and maps) and all it holds.</summary>
    private static void Walk(TypeRef? type, HashSet<string> names, IReadOnlyDictionary<string, TypeSpec> types)
    {
        while (type is { Kind: TypeRefKind.List or TypeRefKind.Map })
        {
            type = type.Element;
        }

        if (type is not { Kind: TypeRefKind.Generated } || !names.Add(type.Name) || !types.TryGetValue(type.Name, out TypeSpec? spec))
        {
            return;
        }

        switch (spec)
        {
            case ObjectSpec obj:
                foreach (PropertySpec property in obj.Properties)
                {
                    Walk(property.Type, names, types);
                }

                Walk(obj.Composition?.Union, names, types);
                foreach (Model.Polymorphism.DerivedTypeSpec derived in obj.Polymorphism?.DerivedTypes ?? ImmutableEquatableArray<Model.Polymorphism.DerivedTypeSpec>.Empty)
                {
                    // Reading or writing a base may mean reading or writing any class below it.
                    Walk(new TypeRef { Kind = TypeRefKind.Generated, Name = derived.TypeName }, names, types);
                }

                break;
            case UnionSpec union:
                foreach (UnionBranchSpec branch in union.Branches)
                {
                    Walk(branch.Type, names, types);
                }

                break;
        }
    }
}
