using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace OpenApiThreads.Generator.Parsing.Polymorphism;

/// <summary>What the parser asks of discriminators on base schemas, before and while types are translated.</summary>
internal static class Discriminators
{
    /// <summary>The tag property of a schema's discriminator, or of the nearest one up its allOf chain; null without one.</summary>
    public static string? PropertyOf(IOpenApiSchema? schema) => PropertyOf(schema, new HashSet<IOpenApiSchema>());

    /// <summary>
    /// The components that extend one of <paramref name="reached"/> through allOf (grandchildren too) under a
    /// discriminator: a value of the base may be any of them, so a subset that keeps the base keeps them.
    /// </summary>
    public static List<string> ChildrenOf(IDictionary<string, IOpenApiSchema> components, ISet<string> reached)
    {
        var found = new List<string>();
        bool added = true;
        while (added)
        {
            added = false;
            foreach (KeyValuePair<string, IOpenApiSchema> component in components)
            {
                if (!reached.Contains(component.Key) && !found.Contains(component.Key)
                    && SchemaFacts.Target(component.Value)?.AllOf is { } parts
                    && parts.Any(part => SchemaFacts.ReferenceId(part) is { } id && (reached.Contains(id) || found.Contains(id)) && PropertyOf(part) is not null))
                {
                    found.Add(component.Key);
                    added = true;
                }
            }
        }

        return found;
    }

    private static string? PropertyOf(IOpenApiSchema? schema, HashSet<IOpenApiSchema> visited)
    {
        IOpenApiSchema? target = SchemaFacts.Target(schema);
        if (target is null || !visited.Add(target))
        {
            return null;
        }

        if (target.Discriminator?.PropertyName is { Length: > 0 } property)
        {
            return property;
        }

        return target.AllOf?.Select(part => PropertyOf(part, visited)).FirstOrDefault(p => p is not null);
    }
}
