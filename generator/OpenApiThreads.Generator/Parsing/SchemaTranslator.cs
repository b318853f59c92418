using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Maps JSON schemas to C# types. Component schemas keep their names; inline schemas are named after where they
/// sit (parent type + property), and every name is made unique here, so emitters print and never name.
/// </summary>
internal sealed partial class SchemaTranslator
{
    private readonly IDictionary<string, IOpenApiSchema> _components;
    private readonly Dictionary<string, string> _componentNames = new();
    private readonly Dictionary<string, TypeRef> _resolved = new();
    private readonly HashSet<string> _inProgress = new();
    private readonly TypeNames _takenNames;
    private readonly Dictionary<string, TypeSpec> _types = new();
    private readonly List<string> _typeOrder = new();
    private readonly HashSet<string> _reserved = new();
    private readonly DiagnosticBag _diagnostics;

    // Component enums by their values, so an inline enum with the same values is the component's type.
    private readonly Dictionary<string, string> _componentEnums = new(StringComparer.Ordinal);

    // Inline enums by their values: the second inline enum with the same values is the first one's type.
    private readonly Dictionary<string, TypeRef> _inlineEnums = new(StringComparer.Ordinal);

    public SchemaTranslator(IDictionary<string, IOpenApiSchema>? components, ISet<string> reservedNames, DiagnosticBag diagnostics)
    {
        _components = components ?? new Dictionary<string, IOpenApiSchema>();
        _takenNames = new TypeNames(reservedNames);
        _diagnostics = diagnostics;

        // Components claim their names before any inline schema is named, so an inline type can never take a
        // component's name just because it was reached first.
        // 'Pet' claims its name before 'ListPet', so the one renamed is the one that looks like a list of the other.
        var owners = new Dictionary<string, string>();
        foreach (string id in _components.Keys.OrderBy(id => TypeNames.PrefixCount(Identifiers.ToPascalCase(id))))
        {
            string wanted = Identifiers.ToPascalCase(id);
            string chosen = _takenNames.Claim(wanted);
            _componentNames[id] = chosen;
            if (chosen != wanted)
            {
                string owner = owners.TryGetValue(wanted, out string? first) ? first : "generated code";
                _diagnostics.Add(DiagnosticDescriptors.NameCollision, "#/components/schemas/" + JsonPointer.Escape(id), "The schema", id, wanted, owner, chosen);
            }

            owners[chosen] = id;
            if (_components[id] is { } schema and not OpenApiSchemaReference && EnumKey(schema) is { } key && !_componentEnums.ContainsKey(key))
            {
                _componentEnums[key] = id;
            }
        }
    }

    /// <summary>The values of a plain string enum, sorted: two enums with one key accept the same JSON.</summary>
    private static string? EnumKey(IOpenApiSchema schema)
        => schema.Properties is not { Count: > 0 } && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
            && SchemaFacts.StringEnumValues(schema) is { Count: > 1 } values
            ? string.Join("\u0000", values.OrderBy(v => v, StringComparer.Ordinal))
            : null;

    /// <summary>The generated types in the order they were finished (stable for a given document).</summary>
    public IEnumerable<TypeSpec> Types => _typeOrder.Select(name => WithCompositionBranches(_types[name]));

    public TypeSpec? FindType(string name) => _types.TryGetValue(name, out TypeSpec? spec) ? spec : null;

    /// <summary>
    /// Translates every component schema, used by an operation or not: users expect all of them. When the spec's
    /// operations are filtered, <paramref name="only"/> holds the components the kept ones reach, and only those are
    /// translated. Either way in the document's order, and every component keeps the name it has in the whole spec.
    /// </summary>
    public void TranslateComponents(ISet<string>? only = null)
    {
        foreach (KeyValuePair<string, IOpenApiSchema> component in _components)
        {
            if (!FormOnlyComponents.Contains(component.Key) && (only is null || only.Contains(component.Key)))
            {
                ResolveComponent(component.Key, component.Value);
            }
        }
    }

    /// <summary>
    /// Runs one unit of translation (a component, an operation) so that a failure costs that unit and not the whole
    /// document. Types it had started but not finished are still emitted, empty but for their <c>AdditionalData</c>,
    /// so everything that refers to them compiles. What the object model throws for a malformed document is a
    /// warning about the spec (OATG004); anything else is a generator bug and says so (OATG007), naming the unit.
    /// </summary>
    public bool Guard(string pointer, string what, Action translate)
    {
        var started = new HashSet<string>(_reserved);
        try
        {
            translate();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (string name in _reserved.Where(n => !started.Contains(n) && !_types.ContainsKey(n)).ToList())
            {
                Complete(new ObjectSpec
                {
                    Name = name,
                    SchemaName = pointer,
                    Properties = ImmutableEquatableArray<PropertySpec>.Empty,
                    AdditionalDataName = "AdditionalData",
                });
            }

            if (exception is InvalidOperationException or ArgumentException or FormatException)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, what, "it could not be translated (" + exception.Message.Trim().TrimEnd('.') + ")", "it is kept as raw JSON");
            }
            else
            {
                _diagnostics.Add(DiagnosticDescriptors.GeneratorFailure, pointer, what, SpecParser.Describe(exception));
            }

            return false;
        }
    }

    public TypeRef Resolve(IOpenApiSchema? schema, string nameHint, string pointer)
    {
        if (schema is null)
        {
            return BuiltInTypes.Json;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            string? id = reference.Reference.Id;
            if (SchemaFacts.Target(reference) is null || id is null || !_components.ContainsKey(id))
            {
                _diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, pointer + "/$ref", reference.Reference.ReferenceV3 ?? id ?? "?");
                return BuiltInTypes.Json;
            }

            return ResolveComponent(id, _components[id]);
        }

        return Translate(schema, nameHint, pointer, componentId: null);
    }

    private TypeRef ResolveComponent(string id, IOpenApiSchema? schema)
    {
        if (_resolved.TryGetValue(id, out TypeRef? known))
        {
            return known;
        }

        string pointer = "#/components/schemas/" + JsonPointer.Escape(id);
        if (!_inProgress.Add(id))
        {
            // Only aliases (a component that is just an array or map of itself) get here: named types register
            // themselves before their members are translated.
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, id, "a schema that contains itself without an object in between", "typed as JsonElement");
            return BuiltInTypes.Json;
        }

        TypeRef type = BuiltInTypes.Json;
        if (schema is null)
        {
            // "Pet: ~" in YAML: a component with no schema at all.
        }
        else if (schema is OpenApiSchemaReference)
        {
            // An alias of another schema: it shares that schema's type instead of copying it under a second name.
            Guard(pointer, id, () => type = Resolve(schema, _componentNames[id], pointer));
        }
        else
        {
            Guard(pointer, id, () => type = Translate(schema, _componentNames[id], pointer, id));
        }

        _resolved[id] = type;
        _inProgress.Remove(id);
        return type;
    }

    private TypeRef Translate(IOpenApiSchema schema, string name, string pointer, string? componentId)
    {
        bool nullable = SchemaFacts.AllowsNull(schema);
        TypeRef type = TranslateNonNull(schema, name, pointer, componentId);
        return nullable ? type.AsNullable() : type;
    }

    private TypeRef TranslateNonNull(IOpenApiSchema schema, string name, string pointer, string? componentId)
    {
        List<IOpenApiSchema> branches = SchemaFacts.NonNullBranches(schema);

        // {allOf: [Base], oneOf: [A, B]} is a Base that is also A or B, as with properties beside the oneOf.
        bool extends = schema.AllOf is { } extended && extended.Any(p => p is not null && !SchemaFacts.IsAnnotationOnly(p));
        if (branches.Count > 0 && schema.Properties is not { Count: > 0 } && !extends)
        {
            string keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
            if (branches.Count == 1)
            {
                return Resolve(branches[0], name, pointer + "/" + keyword + "/0").AsNonNullable();
            }

            return TranslateUnion(schema, branches, keyword, name, pointer, componentId);
        }

        if (schema.AllOf is { Count: > 0 } allOf)
        {
            if (allOf.Count == 1 && schema.Properties is not { Count: > 0 } && branches.Count == 0)
            {
                return Resolve(allOf[0], name, pointer + "/allOf/0").AsNonNullable();
            }

            // One real part beside parts that only annotate it is that part (nullable if an annotation says so).
            var real = allOf.Select((part, index) => (part, index)).Where(p => p.part is not null && !SchemaFacts.IsAnnotationOnly(p.part)).ToList();
            if (real.Count == 1 && schema.Properties is not { Count: > 0 } && schema.AdditionalProperties is null && branches.Count == 0)
            {
                TypeRef only = Resolve(real[0].part, name, pointer + "/allOf/" + real[0].index);
                return allOf.Any(p => SchemaFacts.IsAnnotationOnly(p) && SchemaFacts.AllowsNull(p)) ? only.AsNullable() : only.AsNonNullable();
            }

            return TranslateObject(schema, name, pointer, componentId);
        }

        if (SchemaFacts.StringEnumValues(schema) is { Count: > 1 } values)
        {
            // An inline enum that repeats a component's values is that component (FindPetsByStatus's status is
            // PetStatus), not a second type the caller has to convert between.
            string? key = componentId is null ? EnumKey(schema) : null;
            if (key is not null && _componentEnums.TryGetValue(key, out string? sameValues))
            {
                return ResolveComponent(sameValues, _components[sameValues]).AsNonNullable();
            }

            // Two inline enums with the same values (a status filter on two operations) are one type, named where
            // the first is written: document order, so the name is the same on every run.
            if (key is not null && _inlineEnums.TryGetValue(key, out TypeRef? first))
            {
                return first;
            }

            TypeRef added = AddType(componentId, name, new EnumSpec
            {
                Name = name,
                SchemaName = componentId ?? pointer,
                Description = schema.Description,
                Deprecated = schema.Deprecated,
                Members = EnumMembers(values, name),
            });
            if (key is not null)
            {
                _inlineEnums[key] = added.AsNonNullable();
            }

            return added;
        }

        JsonSchemaType types = SchemaFacts.NonNullTypes(schema);
        if (SchemaFacts.FixedString(schema) is not null)
        {
            return BuiltInTypes.String;
        }

        if (IsMultiType(types))
        {
            return TranslateTypeArray(schema, types, name, pointer, componentId);
        }

        if (types == JsonSchemaType.Object || schema.Properties is { Count: > 0 } || (types == 0 && schema.AdditionalProperties is not null))
        {
            if (schema.Properties is { Count: > 0 })
            {
                return TranslateObject(schema, name, pointer, componentId);
            }

            if (schema.AdditionalProperties is { } valueSchema)
            {
                TypeRef value = Resolve(valueSchema, name + "Value", pointer + "/additionalProperties");
                return new TypeRef { Kind = TypeRefKind.Map, Name = "Map", Element = value };
            }

            // No properties and no value schema: a free-form object, kept as raw JSON so nothing is lost.
            return BuiltInTypes.Json;
        }

        return types switch
        {
            JsonSchemaType.Array => new TypeRef
            {
                Kind = TypeRefKind.List,
                Name = "List",
                Element = Resolve(schema.Items, name + "Item", pointer + "/items"),
            },
            JsonSchemaType.String => StringFormat(schema.Format),
            JsonSchemaType.Integer => schema.Format == "int32" ? BuiltInTypes.Int32 : BuiltInTypes.Int64,
            JsonSchemaType.Number => schema.Format switch
            {
                "float" => BuiltInTypes.Single,
                "decimal" => BuiltInTypes.Decimal,
                _ => BuiltInTypes.Double,
            },
            JsonSchemaType.Boolean => BuiltInTypes.Boolean,
            _ => BuiltInTypes.Json,
        };
    }

    private static bool IsMultiType(JsonSchemaType types) => types != 0 && (types & (types - 1)) != 0;

    private static TypeRef StringFormat(string? format) => format switch
    {
        "date-time" => BuiltInTypes.DateTimeOffset,
        "date" => BuiltInTypes.Date,
        "uuid" => BuiltInTypes.Guid,
        "byte" => BuiltInTypes.Bytes,

        // "binary" in a JSON body has no defined encoding (it is meant for multipart and octet-stream bodies):
        // a string keeps whatever the server sent, where byte[] would have to guess base64 and could throw.
        _ => BuiltInTypes.String,
    };

    private static ImmutableEquatableArray<EnumMemberSpec> EnumMembers(List<string> values, string typeName)
    {
        // The struct's own members and its name are taken (CS0102, CS0542).
        var taken = new HashSet<string>(ReservedNames.EnumMembers.Concat(ReservedNames.ObjectMembers)) { typeName };
        return values
            .Select(value => new EnumMemberSpec(Identifiers.MakeUnique(Identifiers.ToPascalCase(value), taken), value))
            .ToImmutableEquatableArray();
    }

    /// <summary>Claims the type's name (components already own theirs) and registers it before members are read.</summary>
    private string ClaimName(string name, string? componentId)
        => componentId is not null ? name : _takenNames.Claim(Identifiers.Shorten(name));

    private TypeRef AddType(string? componentId, string name, TypeSpec spec)
    {
        string claimed = ClaimName(name, componentId);
        spec = spec with { Name = claimed };
        _types[claimed] = spec;
        _typeOrder.Add(claimed);
        TypeRef type = spec.Ref;
        if (componentId is not null)
        {
            _resolved[componentId] = type;
        }

        return type;
    }

    /// <summary>Registers a type whose members refer back to it, before those members are translated.</summary>
    private TypeRef Reserve(string? componentId, ref string name, bool isValueType)
    {
        name = ClaimName(name, componentId);
        _reserved.Add(name);
        var type = new TypeRef { Kind = TypeRefKind.Generated, Name = name, IsValueType = isValueType };
        if (componentId is not null)
        {
            _resolved[componentId] = type;
        }

        return type;
    }

    private void Complete(TypeSpec spec)
    {
        _types[spec.Name] = spec;
        _typeOrder.Add(spec.Name);
    }
}
