using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// Which other types' metadata one type's metadata asks the resolver for, the same rule
/// <c>Parsing/JsonTypeCollector</c> lists them by. The context's resolver answers only for types some reachable code
/// has made known (see <see cref="ContextEmitter"/>), so these are exactly what one factory makes known: an object's
/// property types as its <c>PropertyList</c> calls list them, a list's, map's or nullable's in its helper, and the
/// rest (a base's subclasses, a union's branches, a composed object's parts) by a <c>Reach</c> line in the factory.
/// </summary>
internal static class MetadataReach
{
    public static ImmutableEquatableArray<TypeRef> Of(TypeRef type, TypeSpec? spec)
    {
        var reached = new List<TypeRef>();
        if (type.IsNullable && type.IsValueType)
        {
            // The nullable converter wraps the underlying type's metadata.
            reached.Add(type.AsNonNullable().RuntimeType);
        }
        else if (type.Kind == TypeRefKind.Map)
        {
            // The dictionary converter asks for its key type's metadata too.
            reached.Add(BuiltInTypes.String.RuntimeType);
            reached.Add(type.Element!.RuntimeType);
        }
        else if (type.Kind == TypeRefKind.List)
        {
            reached.Add(type.Element!.RuntimeType);
        }
        else if (spec is ObjectSpec obj)
        {
            reached.AddRange(obj.Properties.Select(p => p.Type.RuntimeType));
            if (obj.AdditionalDataName is not null)
            {
                reached.Add(BuiltInTypes.AdditionalData.RuntimeType);
            }

            // A discriminated base's converter asks for the metadata of the classes below it.
            foreach (Model.Polymorphism.DerivedTypeSpec derived in obj.Polymorphism?.DerivedTypes ?? ImmutableEquatableArray<Model.Polymorphism.DerivedTypeSpec>.Empty)
            {
                reached.Add(new TypeRef { Kind = TypeRefKind.Generated, Name = derived.TypeName }.RuntimeType);
            }
        }
        else if (spec is UnionSpec union)
        {
            reached.AddRange(union.Branches.Select(b => b.Type.RuntimeType));
        }

        return reached.Where(t => !t.Equals(type)).Distinct().ToImmutableEquatableArray();
    }
}
