using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing.Bodies;

/// <summary>
/// Finds the component schemas that are only ever the whole body of a multipart or form-urlencoded request
/// (OpenAI's <c>CreateFileRequest</c>): those become form models under their own name, and no JSON model that
/// could not carry a file is generated beside them. A component used anywhere else stays a JSON model.
/// </summary>
internal static class FormComponents
{
    /// <summary>
    /// Both answers at once. A document whose references are broken may throw while it is walked (the object model
    /// resolves lazily); the translation reports those where they are, so here they only mean "nothing known".
    /// <paramref name="generated"/> is the set of components that are generated, when an operation filter leaves
    /// some out: a reference from one that is not generated does not count.
    /// </summary>
    public static (HashSet<string> FormOnly, bool NeedsFileTypes) Scan(OpenApiDocument document, ISet<string>? generated = null)
    {
        HashSet<string> formOnly;
        try
        {
            formOnly = FormOnly(document, generated);
        }
        catch (System.InvalidOperationException)
        {
            formOnly = new HashSet<string>();
        }

        bool needsFileTypes;
        try
        {
            needsFileTypes = NeedsFileTypes(document);
        }
        catch (System.InvalidOperationException)
        {
            // Claiming the names costs a spec that uses them a rename at worst; missing them would not compile.
            needsFileTypes = true;
        }

        return (formOnly, needsFileTypes);
    }

    private static HashSet<string> FormOnly(OpenApiDocument document, ISet<string>? generated)
    {
        var formBodies = new HashSet<string>();
        var elsewhere = new HashSet<string>();
        var visited = new HashSet<IOpenApiSchema>();
        foreach (KeyValuePair<string, IOpenApiSchema> component in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (generated is null || generated.Contains(component.Key))
            {
                Walk(component.Value, elsewhere, visited, isRoot: true);
            }
        }

        foreach (IOpenApiPathItem? path in document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
        {
            foreach (IOpenApiParameter parameter in path?.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
            {
                Walk(parameter?.Schema, elsewhere, visited, isRoot: false);
            }

            foreach (KeyValuePair<HttpMethod, OpenApiOperation> operation in path?.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                foreach (IOpenApiParameter parameter in operation.Value?.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
                {
                    Walk(parameter?.Schema, elsewhere, visited, isRoot: false);
                }

                if (operation.Value?.RequestBody is { } body && RequestBodyTranslator.Choose(body.Content) is { } chosen)
                {
                    bool isForm = chosen.Encoding is BodyEncoding.Multipart or BodyEncoding.Form;
                    if (isForm && RefId(chosen.Media?.Schema) is { } id)
                    {
                        formBodies.Add(id);
                    }
                    else
                    {
                        Walk(chosen.Media?.Schema, elsewhere, visited, isRoot: false);
                    }
                }

                foreach (IOpenApiResponse? response in operation.Value?.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                {
                    foreach (IOpenApiMediaType? media in response?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                    {
                        Walk(media?.Schema, elsewhere, visited, isRoot: false);
                    }
                }
            }
        }

        formBodies.ExceptWith(elsewhere);
        return formBodies;
    }

    /// <summary>Whether any operation sends a form, multipart or binary body, or receives a file: then the file types exist.</summary>
    private static bool NeedsFileTypes(OpenApiDocument document)
        => (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            .SelectMany(path => path?.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .Any(operation => (operation?.Parameters ?? Enumerable.Empty<IOpenApiParameter>()).Any(p => p?.In == ParameterLocation.Query && SchemaFacts.IsStructured(p.Schema))
                || operation?.RequestBody is { } body && RequestBodyTranslator.Choose(body.Content)?.Encoding is BodyEncoding.Multipart or BodyEncoding.Form or BodyEncoding.Binary
                || (operation?.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>()).Any(r => MediaTypes.Pick(r?.Content, BodyEncoding.Json, BodyEncoding.Binary)?.Encoding == BodyEncoding.Binary));

    /// <summary>Records every component a schema refers to, without following the references themselves.</summary>
    private static void Walk(IOpenApiSchema? schema, HashSet<string> referenced, HashSet<IOpenApiSchema> visited, bool isRoot)
    {
        if (schema is null)
        {
            return;
        }

        if (!isRoot && RefId(schema) is { } id)
        {
            referenced.Add(id);
            return;
        }

        if (!visited.Add(schema))
        {
            return;
        }

        foreach (IOpenApiSchema? child in SchemaFacts.Children(schema))
        {
            Walk(child, referenced, visited, isRoot: false);
        }
    }

    private static string? RefId(IOpenApiSchema? schema) => schema is null ? null : SchemaFacts.ReferenceId(schema);
}
