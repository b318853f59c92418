using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

internal sealed partial class SchemaTranslator
{
    /// <summary>The class an allOf extends, and what the allOf adds to it.</summary>
    private sealed record BaseClass(ObjectSpec Spec, List<SchemaProperty> OwnProperties, HashSet<string> OwnRequired);

    /// <summary>
    /// <c>allOf: [{$ref: Animal}, {properties: {breed}}]</c> says "an Animal with a breed": C# says that with
    /// <c>class Dog : Animal</c>, so a Dog goes wherever an Animal is expected. That holds only when the parts add to
    /// one object class and change nothing it declares; otherwise (several <c>$ref</c>s, a base that is a union, map or
    /// enum, a part that redeclares or newly requires a base property, a closed part over an open base, a base that is
    /// still being translated because it refers back here) the parts are merged into one class, which is always
    /// correct, just not related to the base in C#.
    /// </summary>
    private BaseClass? FindBaseClass(IOpenApiSchema schema, string name, string pointer)
    {
        if (schema.AllOf is not { Count: > 0 } parts)
        {
            return null;
        }

        int referenceIndex = -1;
        for (int i = 0; i < parts.Count; i++)
        {
            IOpenApiSchema part = parts[i];
            if (part is OpenApiSchemaReference)
            {
                if (referenceIndex >= 0)
                {
                    return null;
                }

                referenceIndex = i;
            }
            else if (part is null || !IsPlainObjectPart(part))
            {
                return null;
            }
        }

        if (referenceIndex < 0 || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            return null;
        }

        TypeRef baseType = Resolve(parts[referenceIndex], name, pointer + "/allOf/" + referenceIndex);
        // A class that holds a oneOf's branch reads and writes them with its own converter: extending it would lose them.
        if (baseType.Kind != TypeRefKind.Generated || FindType(baseType.Name) is not ObjectSpec { Composition: null } baseSpec)
        {
            return null;
        }

        var own = new List<SchemaProperty>();
        var ownRequired = new HashSet<string>();
        for (int i = 0; i < parts.Count; i++)
        {
            if (i != referenceIndex)
            {
                AddOwnProperties(parts[i], pointer + "/allOf/" + i, own, ownRequired);
            }
        }

        AddOwnProperties(schema, pointer, own, ownRequired);

        var inherited = baseSpec.Properties.ToDictionary(p => p.JsonName, System.StringComparer.Ordinal);
        bool redeclares = own.Any(p => inherited.ContainsKey(p.JsonName));
        bool newlyRequires = ownRequired.Any(r => inherited.TryGetValue(r, out PropertySpec? p) && !p.IsRequired && p.ConstValue is null);
        bool nameTaken = baseSpec.Properties.Any(p => p.Name == name) || baseSpec.AdditionalDataName == name;
        bool closesOpenBase = (IsClosed(schema) || parts.Any(IsClosed)) && baseSpec.AdditionalDataName is not null;
        return redeclares || newlyRequires || nameTaken || closesOpenBase ? null : new BaseClass(baseSpec, own, ownRequired);
    }

    /// <summary>An inline part that only lists properties: no nested composition, and an object if it says a type.</summary>
    private static bool IsPlainObjectPart(IOpenApiSchema part)
        => part.AllOf is not { Count: > 0 }
            && part.OneOf is not { Count: > 0 }
            && part.AnyOf is not { Count: > 0 }
            && SchemaFacts.NonNullTypes(part) is 0 or JsonSchemaType.Object
            && part.AdditionalProperties is null;
}
