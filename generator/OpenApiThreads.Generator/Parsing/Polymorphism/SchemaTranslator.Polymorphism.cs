using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Polymorphism;

namespace OpenApiThreads.Generator.Parsing;

internal sealed partial class SchemaTranslator
{
    /// <summary>
    /// Turns a discriminator on a base schema into a polymorphic class hierarchy, once every type is translated (a
    /// child is finished after its base, so the base cannot know its children while it is translated). The children
    /// are the classes that became <c>class Dog : Animal</c>; each class with children under a discriminator (its own
    /// or an ancestor's) gets the children's tags. What the hierarchy cannot honour is reported here.
    /// </summary>
    public void ApplyPolymorphism()
    {
        var objects = _typeOrder.Select(n => _types[n]).OfType<ObjectSpec>().ToList();
        var componentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, TypeRef> resolved in _resolved)
        {
            if (resolved.Value.Kind == TypeRefKind.Generated && _types.TryGetValue(resolved.Value.Name, out TypeSpec? spec) && spec.SchemaName == resolved.Key)
            {
                componentOf[spec.Name] = resolved.Key;
            }
        }

        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (ObjectSpec obj in objects.Where(o => o.BaseName is not null))
        {
            (children.TryGetValue(obj.BaseName!, out List<string>? list) ? list : children[obj.BaseName!] = new List<string>()).Add(obj.Name);
        }

        var ownTags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ObjectSpec baseSpec in objects)
        {
            if (!children.ContainsKey(baseSpec.Name) || DiscriminatorFor(baseSpec.Name, componentOf) is not { } discriminator)
            {
                continue;
            }

            var derived = new List<DerivedTypeSpec>();
            List<string> baseTags = ExplicitTags(baseSpec.Name, baseSpec.Name, componentOf);
            var claimed = new HashSet<string>(baseTags, StringComparer.Ordinal);
            if (!ownTags.ContainsKey(baseSpec.Name) && (baseTags.Count > 0 || componentOf.ContainsKey(baseSpec.Name)))
            {
                // The root of a hierarchy tags its own values too: explicitly, or by OpenAPI's implicit rule.
                ownTags[baseSpec.Name] = baseTags.Count > 0 ? baseTags[0] : componentOf[baseSpec.Name];
            }

            foreach ((string name, bool direct) in Descendants(baseSpec.Name, children))
            {
                List<string> tags = TagsOf(name, baseSpec.Name, componentOf);
                var own = tags.Where(claimed.Add).ToImmutableEquatableArray();
                if (tags.Count > 0 && !ownTags.ContainsKey(name))
                {
                    ownTags[name] = tags[0];
                    if (own.Count == 0)
                    {
                        // Reported once, at the topmost base: every tag it has selects another class first.
                        _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, "#/components/schemas/" + JsonPointer.Escape(componentOf[name]), name, "its tag '" + tags[0] + "' already selects another class below " + baseSpec.Name, "values tagged '" + tags[0] + "' are read as that class, never as " + name);
                    }
                }

                derived.Add(new DerivedTypeSpec(name, direct, own));
            }

            _types[baseSpec.Name] = (ObjectSpec)_types[baseSpec.Name] with
            {
                Polymorphism = new PolymorphismSpec { DiscriminatorProperty = discriminator, DerivedTypes = derived.ToImmutableEquatableArray() },
            };
        }

        foreach (KeyValuePair<string, string> own in ownTags)
        {
            var spec = (ObjectSpec)_types[own.Key];
            string property = DiscriminatorFor(own.Key, componentOf)!;
            if (spec.Properties.FirstOrDefault(p => p.JsonName == property) is { ConstValue: null } tagProperty && IsTagType(tagProperty.Type))
            {
                string? enumType = tagProperty.Type.Kind == TypeRefKind.Generated ? tagProperty.Type.Name : null;
                _types[own.Key] = spec with { OwnTag = new OwnTagSpec(tagProperty.Name, own.Value, enumType) };
            }
        }

        ReportUnhonouredDiscriminators(componentOf);
    }

    /// <summary>A property a constructor can put a tag in: a string, or a string enum (which keeps any value).</summary>
    private bool IsTagType(TypeRef type)
        => type.AsNonNullable() == BuiltInTypes.String || (type.Kind == TypeRefKind.Generated && FindType(type.Name) is EnumSpec);

    /// <summary>The tag property that applies to a class: its own schema's discriminator, or the nearest ancestor's.</summary>
    private string? DiscriminatorFor(string typeName, Dictionary<string, string> componentOf)
    {
        for (string? name = typeName; name is not null; name = (_types[name] as ObjectSpec)?.BaseName)
        {
            if (componentOf.TryGetValue(name, out string? id) && SchemaFacts.Target(_components[id])?.Discriminator?.PropertyName is { Length: > 0 } property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The classes below a base, nearest first, each level in document order.</summary>
    private static IEnumerable<(string Name, bool Direct)> Descendants(string baseName, Dictionary<string, List<string>> children)
    {
        var level = new List<string> { baseName };
        var seen = new HashSet<string>(StringComparer.Ordinal) { baseName };
        bool direct = true;
        while (level.Count > 0)
        {
            var next = new List<string>();
            foreach (string parent in level)
            {
                foreach (string child in children.TryGetValue(parent, out List<string>? list) ? list : new List<string>())
                {
                    if (seen.Add(child))
                    {
                        next.Add(child);
                        yield return (child, direct);
                    }
                }
            }

            level = next;
            direct = false;
        }
    }

    /// <summary>
    /// The tags that select a class below <paramref name="baseName"/>: the mapping entries that name it (in the base's
    /// discriminator or any between), else Azure's <c>x-ms-discriminator-value</c>, else a const the child restates the
    /// tag property with, else OpenAPI's implicit rule, the component's name. An inline schema has no name, so no tag: it is written, never chosen by a read.
    /// </summary>
    private List<string> TagsOf(string typeName, string baseName, Dictionary<string, string> componentOf)
    {
        List<string> tags = ExplicitTags(typeName, baseName, componentOf);
        if (tags.Count == 0 && componentOf.TryGetValue(typeName, out string? id))
        {
            tags.Add(id);
        }

        return tags;
    }

    private List<string> ExplicitTags(string typeName, string baseName, Dictionary<string, string> componentOf)
    {
        var tags = new List<string>();
        if (!componentOf.TryGetValue(typeName, out string? id))
        {
            return tags;
        }

        // Mappings from the base up to the root: a grandchild may be listed in the root's mapping only.
        for (string? name = baseName; name is not null; name = (_types[name] as ObjectSpec)?.BaseName)
        {
            if (componentOf.TryGetValue(name, out string? baseId) && SchemaFacts.Target(_components[baseId])?.Discriminator?.Mapping is { } mapping)
            {
                tags.AddRange(mapping.Where(m => MappedId(m.Value) == id && !tags.Contains(m.Key)).Select(m => m.Key));
            }
        }

        if (tags.Count == 0 && XmsDiscriminatorValue(_components[id]) is { } value)
        {
            tags.Add(value);
        }

        // A child that restates the tag property as a const or single-value enum names its own tag.
        if (tags.Count == 0 && SchemaFacts.Target(_components[id]) is { } schema && DiscriminatorFor(baseName, componentOf) is { } property && FixedTag(schema, property) is { } fixedTag)
        {
            tags.Add(fixedTag);
        }

        return tags;
    }

    /// <summary>The component a mapping value names: <c>#/components/schemas/Dog</c>, or a bare <c>Dog</c>.</summary>
    private static string? MappedId(OpenApiSchemaReference? reference)
    {
        string? id = reference?.Reference.Id;
        const string Prefix = "#/components/schemas/";
        return id is not null && id.StartsWith(Prefix, StringComparison.Ordinal) ? id.Substring(Prefix.Length) : id;
    }

    private static string? XmsDiscriminatorValue(IOpenApiSchema? schema)
        => SchemaFacts.Target(schema)?.Extensions is { } extensions
            && extensions.TryGetValue("x-ms-discriminator-value", out IOpenApiExtension? extension)
            && extension is JsonNodeExtension { Node: System.Text.Json.Nodes.JsonValue value }
            && value.TryGetValue(out string? text)
                ? text
                : null;
}
