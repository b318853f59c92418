using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing;

internal sealed partial class SchemaTranslator
{
    private readonly record struct SchemaProperty(string JsonName, IOpenApiSchema Schema, string Pointer);

    /// <summary>
    /// An object schema. An allOf that extends one object schema becomes a derived class (see
    /// <see cref="FindBaseClass"/>); any other allOf is merged: properties of later parts win, required lists add up.
    /// </summary>
    private TypeRef TranslateObject(IOpenApiSchema schema, string name, string pointer, string? componentId)
    {
        TypeRef self = Reserve(componentId, ref name, isValueType: false);
        ReportUnsupportedObjectParts(schema, name, pointer);
        CompositionPlan composition = PlanComposition(schema, name, pointer);

        BaseClass? baseClass = FindBaseClass(schema, name, pointer);
        var properties = new List<SchemaProperty>();
        var required = new HashSet<string>();
        if (baseClass is not null)
        {
            properties = baseClass.OwnProperties;
            required = baseClass.OwnRequired;
        }
        else
        {
            CollectProperties(schema, pointer, properties, required, new HashSet<IOpenApiSchema>());
        }

        // A member may not share its class's name (CS0542); "id" and "Id" must both survive; an inherited member may
        // not be hidden (CS0108).
        var memberNames = new HashSet<string>(ReservedNames.ObjectMembers) { name };
        var owners = new Dictionary<string, string> { [name] = "the type's own name" };
        foreach (string inherited in ReservedNames.ObjectMembers)
        {
            owners[inherited] = "a member every object inherits";
        }

        var specs = new List<PropertySpec>(properties.Count);
        if (baseClass is not null)
        {
            foreach (PropertySpec inherited in baseClass.Spec.Properties)
            {
                memberNames.Add(inherited.Name);
                owners[inherited.Name] = inherited.JsonName;
                specs.Add(inherited with { InheritedFrom = inherited.InheritedFrom ?? baseClass.Spec.Name });
            }

            if (baseClass.Spec.AdditionalDataName is { } inheritedData)
            {
                memberNames.Add(inheritedData);
                owners[inheritedData] = "the inherited bag of undeclared properties";
            }
        }

        foreach (SchemaProperty property in properties)
        {
            string wanted = Identifiers.ToPascalCase(property.JsonName);
            string propertyName = Identifiers.MakeUnique(wanted, memberNames);
            if (propertyName != wanted)
            {
                _diagnostics.Add(DiagnosticDescriptors.NameCollision, property.Pointer, "The property", property.JsonName, wanted, owners[wanted], propertyName);
            }

            owners[propertyName] = property.JsonName;
            bool isRequired = required.Contains(property.JsonName);
            TypeRef type = Resolve(property.Schema, name + propertyName, property.Pointer);
            string? constValue = type == BuiltInTypes.String ? SchemaFacts.FixedString(property.Schema) : null;
            specs.Add(new PropertySpec
            {
                JsonName = property.JsonName,
                Name = propertyName,
                Type = isRequired || constValue is not null ? type : type.AsNullable(),
                IsRequired = isRequired && constValue is null,
                TracksPresence = !isRequired && constValue is null && type.IsNullable,
                ConstValue = constValue,
                Description = property.Schema.Description,
                Deprecated = SchemaFacts.Target(property.Schema)?.Deprecated ?? false,
                DefaultJson = SchemaFacts.DefaultJson(property.Schema),
            });
        }

        CompositionSpec? compositionSpec = TranslateComposition(composition, name, memberNames);

        // Named after the spec's own properties, so a spec property called "additional_data" keeps its natural name.
        // A derived class shares its base's bag: one JSON object, one place for what it does not declare.
        string? additionalData = baseClass?.Spec.AdditionalDataName
            ?? (IsClosed(schema) ? null : Identifiers.MakeUnique("AdditionalData", memberNames));
        Complete(new ObjectSpec
        {
            Name = name,
            SchemaName = componentId ?? pointer,
            Description = DescribeConstraints(schema.Description, composition),
            Deprecated = schema.Deprecated,
            Properties = specs.ToImmutableEquatableArray(),
            AdditionalDataName = additionalData,
            BaseName = baseClass?.Spec.Name,
            AdditionalDataInherited = baseClass?.Spec.AdditionalDataName is not null,
            Composition = compositionSpec,
        });

        if (baseClass is not null && _types[baseClass.Spec.Name] is ObjectSpec baseSpec && !baseSpec.IsInheritable)
        {
            _types[baseSpec.Name] = baseSpec with { IsInheritable = true };
        }

        return self;
    }

    /// <summary><c>additionalProperties: false</c> (or a value schema that does not resolve): no bag for undeclared properties.</summary>
    private static bool IsClosed(IOpenApiSchema schema)
        => schema.AdditionalPropertiesAllowed == false || schema.AdditionalProperties is { } extra && SchemaFacts.Target(extra) is null;

    private static void CollectProperties(
        IOpenApiSchema schema,
        string pointer,
        List<SchemaProperty> properties,
        HashSet<string> required,
        HashSet<IOpenApiSchema> visited)
    {
        IOpenApiSchema? target = SchemaFacts.Target(schema);
        if (target is null || !visited.Add(target))
        {
            return;
        }

        string basePointer = SchemaFacts.ReferenceId(schema) is { } id ? "#/components/schemas/" + JsonPointer.Escape(id) : pointer;
        if (target.AllOf is { } parts)
        {
            for (int i = 0; i < parts.Count; i++)
            {
                CollectProperties(parts[i], basePointer + "/allOf/" + i, properties, required, visited);
            }
        }

        AddOwnProperties(target, basePointer, properties, required);
    }

    /// <summary>The properties and required names a schema lists itself, without following its allOf.</summary>
    private static void AddOwnProperties(IOpenApiSchema target, string basePointer, List<SchemaProperty> properties, HashSet<string> required)
    {
        if (target.Properties is { } own)
        {
            foreach (KeyValuePair<string, IOpenApiSchema> property in own)
            {
                int existing = properties.FindIndex(p => p.JsonName == property.Key);
                // A property whose value is not a schema (a number, a list) reaches here as null: the reader has
                // reported it; the property is kept, as any JSON, rather than lost.
                var entry = new SchemaProperty(property.Key, property.Value ?? new OpenApiSchema(), basePointer + "/properties/" + JsonPointer.Escape(property.Key));
                if (existing >= 0)
                {
                    properties[existing] = entry;
                }
                else
                {
                    properties.Add(entry);
                }
            }
        }

        if (target.Required is { } names)
        {
            required.UnionWith(names);
        }
    }

    /// <summary>The properties an object branch must carry, for telling union branches apart by shape.</summary>
    private (ImmutableEquatableArray<string> Required, ImmutableEquatableArray<ConstProperty> Constants) ShapeOf(IOpenApiSchema schema)
    {
        var properties = new List<SchemaProperty>();
        var required = new HashSet<string>();
        CollectProperties(schema, string.Empty, properties, required, new HashSet<IOpenApiSchema>());
        var constants = properties
            .Select(p => (p.JsonName, Value: SchemaFacts.FixedString(p.Schema)))
            .Where(p => p.Value is not null)
            .Select(p => new ConstProperty(p.JsonName, p.Value!))
            .ToImmutableEquatableArray();
        var requiredNames = properties
            .Where(p => required.Contains(p.JsonName))
            .Select(p => p.JsonName)
            .ToImmutableEquatableArray();
        return (requiredNames, constants);
    }
}
