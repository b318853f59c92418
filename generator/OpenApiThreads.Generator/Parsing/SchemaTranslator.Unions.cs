using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing;

internal sealed partial class SchemaTranslator
{
    private TypeRef TranslateUnion(IOpenApiSchema schema, List<IOpenApiSchema> branches, string keyword, string name, string pointer, string? componentId)
    {
        // A closed set of strings beside "any string" is still any string: keep the enum's named values and
        // let it carry unknown ones, rather than a union whose branches cannot be told apart.
        if (branches.All(IsStringLike))
        {
            int enumIndex = branches.FindIndex(b => SchemaFacts.StringEnumValues(SchemaFacts.Target(b)!) is { Count: > 1 });
            return enumIndex >= 0 && branches.Count(b => SchemaFacts.StringEnumValues(SchemaFacts.Target(b)!) is { Count: > 1 }) == 1
                ? Resolve(branches[enumIndex], name, pointer + "/" + keyword + "/" + enumIndex).AsNonNullable()
                : BuiltInTypes.String;
        }

        string? discriminator = schema.Discriminator?.PropertyName ?? InferDiscriminator(branches);
        TypeRef self = Reserve(componentId, ref name, isValueType: false);

        var specs = new List<UnionBranchSpec>();
        var branchNames = new HashSet<string> { "Unknown", "Known" };
        var usedTags = new HashSet<string>(System.StringComparer.Ordinal);
        for (int i = 0; i < branches.Count; i++)
        {
            IOpenApiSchema branch = branches[i];
            IOpenApiSchema target = SchemaFacts.Target(branch) ?? branch;
            string? tag = discriminator is null ? null : FixedTag(target, discriminator);
            string hint = name + (tag is not null ? Identifiers.ToPascalCase(tag) : SchemaFacts.StringEnumValues(target) is { Count: > 1 } ? "Enum" : "Variant" + (i + 1));
            TypeRef type = Resolve(branch, hint, pointer + "/" + keyword + "/" + i).AsNonNullable();
            if (type == self)
            {
                // "A is one of: A, …" adds nothing a value could be, and C# cannot convert a type to itself.
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/" + keyword + "/" + i, name, "a branch that is the union itself", "the branch was skipped");
                continue;
            }

            if (specs.Any(s => s.Type == type))
            {
                continue;
            }

            // A tag two branches claim selects the first of them; the second is still reachable by constructor.
            ImmutableEquatableArray<string> tags = discriminator is null
                ? ImmutableEquatableArray<string>.Empty
                : TagsOf(schema, branch, target, discriminator).Where(usedTags.Add).ToImmutableEquatableArray();
            var (required, constants) = type.Kind == TypeRefKind.Generated && TokenKindOf(type) == JsonTokenKind.Object
                ? ShapeOf(branch)
                : (ImmutableEquatableArray<string>.Empty, ImmutableEquatableArray<ConstProperty>.Empty);
            string branchName = tags.Count > 0 ? Identifiers.ToPascalCase(tags[0]) : WithoutPrefix(BranchName(type), name);
            if ("Is" + branchName == name || "As" + branchName == name)
            {
                // IsX/AsX may not share the union's own name (CS0542).
                branchName += "Branch";
            }

            specs.Add(new UnionBranchSpec
            {
                Name = Identifiers.MakeUnique(branchName, branchNames),
                Type = type,
                TokenKind = TokenKindOf(type),
                Tags = tags,
                RequiredProperties = required,
                ConstProperties = constants,
                StringValues = (SchemaFacts.StringEnumValues(target) ?? new List<string>()).ToImmutableEquatableArray(),
            });
        }

        return CompleteUnion(self, schema, specs, discriminator, pointer, componentId);
    }

    /// <summary><c>type: [string, integer]</c>: a union of the listed primitive kinds.</summary>
    private TypeRef TranslateTypeArray(IOpenApiSchema schema, JsonSchemaType types, string name, string pointer, string? componentId)
    {
        TypeRef self = Reserve(componentId, ref name, isValueType: false);
        var specs = new List<UnionBranchSpec>();
        foreach (JsonSchemaType flag in new[] { JsonSchemaType.Boolean, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.String, JsonSchemaType.Array, JsonSchemaType.Object })
        {
            if ((types & flag) == 0)
            {
                continue;
            }

            TypeRef type = flag switch
            {
                JsonSchemaType.Boolean => BuiltInTypes.Boolean,
                JsonSchemaType.Integer => BuiltInTypes.Int64,
                JsonSchemaType.Number => BuiltInTypes.Double,
                JsonSchemaType.String => StringFormat(schema.Format),
                JsonSchemaType.Array => new TypeRef { Kind = TypeRefKind.List, Name = "List", Element = Resolve(schema.Items, name + "Item", pointer + "/items") },
                _ => BuiltInTypes.Json,
            };
            specs.Add(new UnionBranchSpec { Name = BranchName(type), Type = type, TokenKind = TokenKindOf(type) });
        }

        return CompleteUnion(self, schema, specs, discriminator: null, pointer, componentId);
    }

    private TypeRef CompleteUnion(TypeRef self, IOpenApiSchema schema, List<UnionBranchSpec> branches, string? discriminator, string pointer, string? componentId)
    {
        Complete(new UnionSpec
        {
            Name = self.Name,
            SchemaName = componentId ?? pointer,
            Description = schema.Description,
            Deprecated = schema.Deprecated,
            Branches = branches.ToImmutableEquatableArray(),
            DiscriminatorProperty = discriminator,
            ReadPlan = UnionReadPlanner.Plan(branches, discriminator),
        });
        return self;
    }

    private static bool IsStringLike(IOpenApiSchema branch)
    {
        IOpenApiSchema? target = SchemaFacts.Target(branch);
        return target is not null
            && SchemaFacts.NonNullBranches(target).Count == 0
            && target.AllOf is not { Count: > 0 }
            && SchemaFacts.NonNullTypes(target) == JsonSchemaType.String
            && target.Format is null or "" ;
    }

    /// <summary>
    /// OpenAI's discriminators carry no mapping, and some unions have no discriminator at all while every branch
    /// pins the same property to its own value (<c>type: text</c>, <c>type: image_url</c>): that property is the tag.
    /// </summary>
    private static string? InferDiscriminator(List<IOpenApiSchema> branches)
    {
        // Properties come through allOf too: a branch that extends a base ("allOf: [Event, {type: created}]") pins
        // its tag in the part it adds.
        var targets = branches.Select(SchemaFacts.Target).ToList();
        var shapes = targets.Select(t =>
        {
            var properties = new List<SchemaProperty>();
            if (t is not null)
            {
                CollectProperties(t, string.Empty, properties, new HashSet<string>(), new HashSet<IOpenApiSchema>());
            }

            return properties;
        }).ToList();
        if (targets.Count < 2 || shapes.Any(s => s.Count == 0))
        {
            return null;
        }

        foreach (SchemaProperty candidate in shapes[0])
        {
            var tags = targets.Select(t => FixedTag(t!, candidate.JsonName)).ToList();
            if (tags.All(tag => tag is not null) && tags.Distinct().Count() == tags.Count)
            {
                return candidate.JsonName;
            }
        }

        return null;
    }

    private static string? FixedTag(IOpenApiSchema target, string property)
    {
        var properties = new List<SchemaProperty>();
        CollectProperties(target, string.Empty, properties, new HashSet<string>(), new HashSet<IOpenApiSchema>());
        SchemaProperty match = properties.FirstOrDefault(p => p.JsonName == property);
        return match.Schema is null ? null : SchemaFacts.FixedString(match.Schema);
    }

    private static ImmutableEquatableArray<string> TagsOf(IOpenApiSchema union, IOpenApiSchema branch, IOpenApiSchema target, string discriminator)
    {
        string? id = SchemaFacts.ReferenceId(branch);
        if (union.Discriminator?.Mapping is { Count: > 0 } mapping && id is not null)
        {
            var mapped = mapping.Where(m => m.Value.Reference.Id == id).Select(m => m.Key).ToList();
            if (mapped.Count > 0)
            {
                return mapped.ToImmutableEquatableArray();
            }
        }

        if (FixedTag(target, discriminator) is { } tag)
        {
            return new[] { tag }.ToImmutableEquatableArray();
        }

        // OpenAPI's rule when nothing else says: the tag is the component's name.
        return id is null ? ImmutableEquatableArray<string>.Empty : new[] { id }.ToImmutableEquatableArray();
    }

    private JsonTokenKind TokenKindOf(TypeRef type)
    {
        switch (type.Kind)
        {
            case TypeRefKind.List:
                return JsonTokenKind.Array;
            case TypeRefKind.Map:
                return JsonTokenKind.Object;
            case TypeRefKind.Generated:
                return FindType(type.Name) switch
                {
                    EnumSpec => JsonTokenKind.String,
                    UnionSpec => JsonTokenKind.Any,
                    _ => JsonTokenKind.Object,
                };
        }

        return type.Facts.TokenKind;
    }

    /// <summary><c>ToolChoiceOptionEnum</c> in <c>ToolChoiceOption</c> reads better as <c>IsEnum</c>.</summary>
    private static string WithoutPrefix(string branchName, string unionName)
        => branchName.Length > unionName.Length && branchName.StartsWith(unionName, System.StringComparison.Ordinal) && char.IsUpper(branchName[unionName.Length])
            ? branchName.Substring(unionName.Length)
            : branchName;

    private static string BranchName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Generated => type.Name,
        TypeRefKind.List => BranchName(type.Element!) + "List",
        TypeRefKind.Map => BranchName(type.Element!) + "Map",
        _ => type.Facts.InfoName,
    };
}
