using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

internal sealed partial class SchemaTranslator
{
    /// <summary>
    /// What a discriminator asks for that the hierarchy does not give, each an OATG004 where the spec says it: a
    /// mapping entry that names a schema which is not a class below the base (the entry is ignored: a read cannot
    /// return an unrelated class as the base), and a schema that extends the base through allOf but had to be merged
    /// into a class of its own (it redeclares a base property, say), so no read of the base returns it.
    /// </summary>
    private void ReportUnhonouredDiscriminators(Dictionary<string, string> componentOf)
    {
        var typeOf = componentOf.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        foreach (KeyValuePair<string, IOpenApiSchema> component in _components)
        {
            if (!typeOf.TryGetValue(component.Key, out string? typeName) || _types[typeName] is not ObjectSpec spec)
            {
                continue;
            }

            string pointer = "#/components/schemas/" + JsonPointer.Escape(component.Key);
            IOpenApiSchema? schema = SchemaFacts.Target(component.Value);
            // Beside oneOf/anyOf the mapping names the branches, which are reported with them.
            if (schema?.Discriminator?.Mapping is { } mapping && SchemaFacts.NonNullBranches(schema).Count == 0)
            {
                foreach (KeyValuePair<string, OpenApiSchemaReference> entry in mapping)
                {
                    string? id = MappedId(entry.Value);
                    bool below = id is not null && id != component.Key && typeOf.TryGetValue(id, out string? target) && Extends(target, typeName);
                    if (!below && id != component.Key)
                    {
                        string what = id is not null && _components.ContainsKey(id) ? "a schema that does not extend it through allOf" : "no component schema";
                        _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/discriminator/mapping/" + JsonPointer.Escape(entry.Key), typeName, "the mapping entry '" + entry.Key + "' names " + what + " (" + (id ?? "?") + ")", "values tagged '" + entry.Key + "' are read as " + typeName);
                    }
                }
            }

            if (schema?.AllOf is not { } parts)
            {
                continue;
            }

            for (int i = 0; i < parts.Count; i++)
            {
                if (SchemaFacts.ReferenceId(parts[i]) is { } baseId
                    && typeOf.TryGetValue(baseId, out string? baseName)
                    && baseName != spec.BaseName
                    && _types[baseName] is ObjectSpec
                    && DiscriminatorFor(baseName, componentOf) is not null
                    && !Extends(typeName, baseName))
                {
                    _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/allOf/" + i, typeName, "it extends " + baseName + ", whose discriminator chooses the class to read, but it cannot be a C# subclass of it (it redeclares or newly requires a property of it, closes it, or has several bases)", "its properties are merged into a class of its own, and values tagged for it are read as " + baseName);
                }
            }
        }
    }

    /// <summary>Whether one generated class is below another.</summary>
    private bool Extends(string typeName, string baseName)
    {
        for (string? name = (_types[typeName] as ObjectSpec)?.BaseName; name is not null; name = (_types[name] as ObjectSpec)?.BaseName)
        {
            if (name == baseName)
            {
                return true;
            }
        }

        return false;
    }
}
