using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// oneOf/anyOf beside an object's properties, or inside its allOf: <c>{properties: {id}, oneOf: [A, B]}</c> and
/// <c>allOf: [{$ref: Base}, {oneOf: [A, B]}]</c>. Such a JSON value is one object that has the declared properties
/// and also matches A or B. The class keeps its properties; the branches become a union read from the same object
/// (see <see cref="CompositionSpec"/>). Branches that only list <c>required</c> names ("send a or b") constrain the
/// declared properties and add nothing to read: they are documented on the class.
/// </summary>
internal sealed partial class SchemaTranslator
{
    /// <summary>A oneOf/anyOf found on the object or on one of its allOf parts (followed through references).</summary>
    private sealed record BranchSource(IOpenApiSchema Schema, IOpenApiSchema? Reference, List<IOpenApiSchema> Branches, string Keyword, string Pointer);

    /// <summary>What <see cref="PlanComposition"/> decided: the source to type, and sentences for the class's docs.</summary>
    private sealed record CompositionPlan(BranchSource? Typed, List<string> Notes);

    /// <summary>Finds the object's oneOf/anyOf sources, keeps the first typed one, and reports any it cannot honour.</summary>
    private CompositionPlan PlanComposition(IOpenApiSchema schema, string name, string pointer)
    {
        var sources = new List<BranchSource>();
        CollectBranchSources(schema, pointer, sources, new HashSet<IOpenApiSchema>());
        BranchSource? typed = null;
        var notes = new List<string>();
        foreach (BranchSource source in sources)
        {
            if (source.Branches.All(IsConstraintOnly))
            {
                notes.Add(ConstraintNote(source));
            }
            else if (typed is null && source.Branches.All(IsObjectBranch) && !ReachesItself(schema, source))
            {
                typed = source;
            }
            else
            {
                string why = typed is not null
                    ? "a second oneOf/anyOf beside properties (the first is " + typed.Pointer + "/" + typed.Keyword + ")"
                    : source.Branches.All(IsObjectBranch)
                        ? "a branch that is this class again (reading the branch would read the class)"
                        : "a branch that is not an object schema";
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, source.Pointer + "/" + source.Keyword, name, source.Keyword + " beside properties with " + why, "the class has the listed properties only, and keeps the branches' other properties in AdditionalData");
            }
        }

        return new CompositionPlan(typed, notes);
    }

    /// <summary>Translates the typed source into the union the class holds; null when there is none.</summary>
    private CompositionSpec? TranslateComposition(CompositionPlan plan, string name, HashSet<string> memberNames)
    {
        if (plan.Typed is not { } source)
        {
            return null;
        }

        // A part that refers to a component which is only a union reuses that union's type.
        TypeRef union = source.Reference is { } reference
            ? Resolve(reference, name + "Variant", source.Pointer).AsNonNullable()
            : TranslateUnion(source.Schema, source.Branches, source.Keyword, name + "Variant", source.Pointer, componentId: null).AsNonNullable();
        if (union.Kind != TypeRefKind.Generated || FindType(union.Name) is { } found && found is not UnionSpec)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, source.Pointer + "/" + source.Keyword, name, source.Keyword + " beside properties whose branches are not a union", "the class has the listed properties only, and keeps the branches' other properties in AdditionalData");
            return null;
        }

        string propertyName = Identifiers.MakeUnique("Variant", memberNames);
        if (source.Reference is null && FindType(union.Name) is UnionSpec own)
        {
            // The union was made for this class: its docs say so, rather than repeating the class's description.
            _types[own.Name] = own with { Description = "The `" + source.Keyword + "` branches of `" + name + "`, held in its `" + propertyName + "` and read from the same JSON object." };
        }

        return new CompositionSpec
        {
            PropertyName = propertyName,
            Union = union,
            Keyword = source.Keyword,
        };
    }

    /// <summary>The class's description followed by what the constraint-only branches require.</summary>
    private static string? DescribeConstraints(string? description, CompositionPlan plan)
        => plan.Notes.Count == 0
            ? description
            : string.Join("\n\n", new[] { description }.Where(d => !string.IsNullOrWhiteSpace(d)).Concat(plan.Notes));

    /// <summary>
    /// Fills each composition's branch names once every type is complete: a branch may still have been in
    /// translation (it refers back to the class) when the class was finished.
    /// </summary>
    private TypeSpec WithCompositionBranches(TypeSpec spec)
    {
        if (spec is not ObjectSpec { Composition: { } composition } obj)
        {
            return spec;
        }

        if (FindType(composition.Union.Name) is not UnionSpec union)
        {
            // The union failed to translate (reported where it failed); the properties still read and write.
            return obj with { Composition = null };
        }

        var branches = union.Branches
            .Select(b => new CompositionBranch(
                b.Name,
                b.Type.Kind == TypeRefKind.Generated && FindType(b.Type.Name) is ObjectSpec branch
                    ? branch.Properties.Select(p => p.JsonName).ToImmutableEquatableArray()
                    : ImmutableEquatableArray<string>.Empty))
            .ToImmutableEquatableArray();
        return obj with { Composition = composition with { Branches = branches } };
    }

    /// <summary>
    /// Where a schema (or an allOf part of it) has oneOf/anyOf branches with properties of their own, for the form
    /// translator, whose fields are the declared properties only. Branches that only list <c>required</c> add none.
    /// </summary>
    public IEnumerable<string> TypedBranchPointers(IOpenApiSchema schema, string pointer)
    {
        var sources = new List<BranchSource>();
        CollectBranchSources(schema, pointer, sources, new HashSet<IOpenApiSchema>());
        return sources.Where(s => !s.Branches.All(IsConstraintOnly)).Select(s => s.Pointer + "/" + s.Keyword).ToList();
    }

    private static void CollectBranchSources(IOpenApiSchema schema, string pointer, List<BranchSource> found, HashSet<IOpenApiSchema> visited)
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
                if (parts[i] is { } part)
                {
                    CollectBranchSources(part, basePointer + "/allOf/" + i, found, visited);
                }
            }
        }

        List<IOpenApiSchema> branches = SchemaFacts.NonNullBranches(target);
        if (branches.Count > 0)
        {
            bool onlyUnion = schema is OpenApiSchemaReference && target.Properties is not { Count: > 0 } && target.AllOf is not { Count: > 0 };
            string keyword = target.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
            found.Add(new BranchSource(target, onlyUnion ? schema : null, branches, keyword, basePointer));
        }
    }

    /// <summary>
    /// Whether a branch is the class itself, or holds a branch that is, through further oneOf/anyOf beside properties:
    /// the branch is read from the class's own JSON object, so reading it would read the class again, without end.
    /// </summary>
    private static bool ReachesItself(IOpenApiSchema schema, BranchSource source)
    {
        IOpenApiSchema? self = SchemaFacts.Target(schema);
        var visited = new HashSet<IOpenApiSchema>();
        var pending = new Stack<IOpenApiSchema>(source.Branches);
        while (pending.Count > 0)
        {
            IOpenApiSchema? target = SchemaFacts.Target(pending.Pop());
            if (target is null || !visited.Add(target))
            {
                continue;
            }

            if (ReferenceEquals(target, self))
            {
                return true;
            }

            var inner = new List<BranchSource>();
            CollectBranchSources(target, string.Empty, inner, new HashSet<IOpenApiSchema>());
            foreach (IOpenApiSchema branch in inner.SelectMany(s => s.Branches))
            {
                pending.Push(branch);
            }
        }

        return false;
    }

    /// <summary><c>{required: [a]}</c> and nothing else: a rule about the declared properties, not a shape of its own.</summary>
    private static bool IsConstraintOnly(IOpenApiSchema branch)
        => branch is not OpenApiSchemaReference
            && branch.Required is { Count: > 0 }
            && SchemaFacts.NonNullTypes(branch) is 0 or JsonSchemaType.Object
            && branch.Properties is not { Count: > 0 }
            && branch.AllOf is not { Count: > 0 }
            && branch.OneOf is not { Count: > 0 }
            && branch.AnyOf is not { Count: > 0 }
            && branch.Items is null
            && branch.Enum is not { Count: > 0 }
            && branch.AdditionalProperties is null;

    /// <summary>A branch that reads as a generated class: properties or allOf parts, no union of its own.</summary>
    private static bool IsObjectBranch(IOpenApiSchema branch)
        => SchemaFacts.Target(branch) is { } target
            && SchemaFacts.NonNullBranches(target).Count == 0
            && SchemaFacts.NonNullTypes(target) is 0 or JsonSchemaType.Object
            && (target.Properties is { Count: > 0 } || target.AllOf is { Count: > 0 })
            && SchemaFacts.StringEnumValues(target) is null;

    private static string ConstraintNote(BranchSource source)
    {
        IEnumerable<string> options = source.Branches.Select(b => string.Join(" and ", b.Required!.Select(r => "`" + r.Replace("`", "'") + "`")));
        string quantifier = source.Keyword == "oneOf" ? "exactly one" : "at least one";
        return "The JSON must carry " + quantifier + " of: " + string.Join("; ", options) + ".";
    }
}
