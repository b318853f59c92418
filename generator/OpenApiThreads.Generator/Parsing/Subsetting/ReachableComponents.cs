using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Parsing.Bodies;

namespace OpenApiThreads.Generator.Parsing.Subsetting;

/// <summary>
/// The component schemas the document's operations can reach: through their parameters, the request body the client
/// sends and any response, then through properties, items, maps and compositions, reference by reference. After an
/// <see cref="OperationFilter"/> has run, only these are generated. It may take a little more than the translation
/// needs (a response media type the client does not read), never less: what the translation reaches that is not
/// here it translates anyway, when it gets there.
/// </summary>
internal static class ReachableComponents
{
    public static HashSet<string> Of(OpenApiDocument document)
    {
        IDictionary<string, IOpenApiSchema> components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        try
        {
            var walker = new Walker(components);
            foreach (IOpenApiSchema? schema in OperationSchemas(document.Paths))
            {
                walker.Walk(schema);
            }

            // A response typed as a discriminated base may hold any class below it, so those are reached too (and
            // what they reach in turn, which may be another base).
            for (List<string> children = Polymorphism.Discriminators.ChildrenOf(components, walker.Reached); children.Count > 0; children = Polymorphism.Discriminators.ChildrenOf(components, walker.Reached))
            {
                foreach (string child in children)
                {
                    walker.WalkComponent(child);
                }
            }

            return walker.Reached;
        }
        catch (InvalidOperationException)
        {
            // A reference the object model cannot resolve lazily throws while it is walked; the translation reports
            // it where it is. Generating every component is the safe answer.
            return new HashSet<string>(components.Keys, StringComparer.Ordinal);
        }
    }

    private static IEnumerable<IOpenApiSchema?> OperationSchemas(OpenApiPaths? paths)
    {
        foreach (IOpenApiPathItem? path in paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
        {
            foreach (IOpenApiParameter? parameter in path?.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
            {
                yield return parameter?.Schema;
            }

            foreach (OpenApiOperation? operation in path?.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                foreach (IOpenApiParameter? parameter in operation?.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
                {
                    yield return parameter?.Schema;
                }

                if (operation?.RequestBody is { } body)
                {
                    yield return RequestBodyTranslator.Choose(body.Content)?.Media?.Schema;
                }

                foreach (IOpenApiResponse? response in operation?.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                {
                    foreach (IOpenApiMediaType? media in response?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                    {
                        yield return media?.Schema;
                    }
                }
            }
        }
    }

    private sealed class Walker(IDictionary<string, IOpenApiSchema> components)
    {
        private readonly HashSet<IOpenApiSchema> _visited = new();

        public HashSet<string> Reached { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// A reference is followed by its component's own schema, never through the reference object, so a broken one
        /// ends the walk there instead of throwing.
        /// </summary>
        public void WalkComponent(string id)
        {
            if (Reached.Add(id) && components.TryGetValue(id, out IOpenApiSchema? component))
            {
                Walk(component);
            }
        }

        public void Walk(IOpenApiSchema? schema)
        {
            if (schema is null)
            {
                return;
            }

            if (SchemaFacts.ReferenceId(schema) is { } id)
            {
                if (Reached.Add(id) && components.TryGetValue(id, out IOpenApiSchema? component))
                {
                    Walk(component);
                }

                return;
            }

            if (schema is OpenApiSchemaReference || !_visited.Add(schema))
            {
                return;
            }

            foreach (IOpenApiSchema? child in SchemaFacts.Children(schema))
            {
                Walk(child);
            }
        }
    }
}
