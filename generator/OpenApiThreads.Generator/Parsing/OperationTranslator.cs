using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>Maps each path + method to one client method: its parameters, body, success and error types.</summary>
internal sealed class OperationTranslator
{
    // The generated method adds these itself, so a spec parameter may not take them.
    private static readonly string[] ReservedParameterNames = ["body", "cancellationToken"];

    private readonly SchemaTranslator _schemas;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _methodNames = new(StringComparer.Ordinal);

    public OperationTranslator(SchemaTranslator schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
    }

    public List<OperationSpec> Translate(OpenApiPaths? paths)
    {
        var operations = new List<OperationSpec>();
        if (paths is null)
        {
            return operations;
        }

        foreach (KeyValuePair<string, IOpenApiPathItem> path in paths)
        {
            if (path.Value?.Operations is null)
            {
                continue;
            }

            foreach (KeyValuePair<HttpMethod, OpenApiOperation> operation in path.Value.Operations)
            {
                if (operation.Value is null)
                {
                    continue;
                }

                string method = operation.Key.Method.ToUpperInvariant();
                string pointer = "#/paths/" + JsonPointer.Escape(path.Key) + "/" + method.ToLowerInvariant();
                OperationSpec? spec = null;
                _schemas.Guard(pointer, method + " " + path.Key, () =>
                {
                    try
                    {
                        spec = TranslateOperation(path.Key, path.Value, method, operation.Value);
                    }
                    catch (SkipOperation)
                    {
                        // Already reported where the operation was found unusable.
                    }
                });
                if (spec is not null)
                {
                    operations.Add(spec);
                }
            }
        }

        return operations;
    }

    private OperationSpec? TranslateOperation(string pathKey, IOpenApiPathItem pathItem, string method, OpenApiOperation operation)
    {
        string pointer = "#/paths/" + JsonPointer.Escape(pathKey) + "/" + method.ToLowerInvariant();
        string name = MethodName(pathKey, method, operation, pointer);

        // A path key may carry a fixed query string (OpenAI's "/responses?beta=true"): it is part of every request.
        int queryStart = pathKey.IndexOf('?');
        string path = (queryStart >= 0 ? pathKey.Substring(0, queryStart) : pathKey).TrimStart('/');
        string? fixedQuery = queryStart >= 0 ? pathKey.Substring(queryStart + 1) : null;

        RequestBodySpec? body = null;
        if (operation.RequestBody is { } requestBody)
        {
            IOpenApiSchema? schema = JsonSchemaOf(requestBody.Content);
            if (schema is null)
            {
                if (requestBody.Required)
                {
                    _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/requestBody", operation.OperationId ?? name, "a request body that is not JSON (" + string.Join(", ", requestBody.Content?.Keys ?? Array.Empty<string>()) + ")", "the operation was skipped");
                    return null;
                }
            }
            else
            {
                body = new RequestBodySpec
                {
                    Type = _schemas.Resolve(schema, name + "Request", pointer + "/requestBody/content").AsNonNullable(),
                    IsRequired = requestBody.Required,
                    Description = requestBody.Description,
                };
            }
        }

        return new OperationSpec
        {
            OperationId = operation.OperationId ?? name,
            Name = name,
            HttpMethod = method,
            Path = path,
            FixedQuery = fixedQuery,
            Parameters = TranslateParameters(pathItem, operation, name, pointer),
            Body = body,
            ResponseType = SuccessType(operation, name, pointer),
            Stream = StreamType(operation, name, pointer),
            ErrorType = ErrorType(operation, name, pointer),
            Summary = operation.Summary,
            Description = operation.Description,
            Deprecated = operation.Deprecated,
        };
    }

    private string MethodName(string pathKey, string method, OpenApiOperation operation, string pointer)
    {
        string? id = operation.OperationId;
        string candidate = Identifiers.ToPascalCase(string.IsNullOrWhiteSpace(id) ? method.ToLowerInvariant() + " " + pathKey : id!);
        string chosen = Identifiers.MakeUnique(candidate, _methodNames);
        if (string.IsNullOrWhiteSpace(id))
        {
            _diagnostics.Add(DiagnosticDescriptors.OperationIdChosen, pointer, method, pathKey, "the operation has no operationId", chosen);
        }
        else if (chosen != candidate)
        {
            _diagnostics.Add(DiagnosticDescriptors.OperationIdChosen, pointer + "/operationId", method, pathKey, "the operationId '" + id + "' is already used", chosen);
        }

        return chosen;
    }

    private ImmutableEquatableArray<ParameterSpec> TranslateParameters(IOpenApiPathItem pathItem, OpenApiOperation operation, string methodName, string pointer)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        var merged = new List<IOpenApiParameter>();
        foreach (IOpenApiParameter parameter in (pathItem.Parameters ?? Enumerable.Empty<IOpenApiParameter>()).Concat(operation.Parameters ?? Enumerable.Empty<IOpenApiParameter>()))
        {
            if (parameter is null)
            {
                continue;
            }

            merged.RemoveAll(p => p.Name == parameter.Name && p.In == parameter.In);
            merged.Add(parameter);
        }

        var names = new HashSet<string>(ReservedParameterNames, StringComparer.Ordinal);
        var specs = new List<ParameterSpec>();
        for (int i = 0; i < merged.Count; i++)
        {
            IOpenApiParameter parameter = merged[i];
            string parameterPointer = pointer + "/parameters/" + i;
            ParameterIn? location = parameter.In switch
            {
                Microsoft.OpenApi.ParameterLocation.Path => ParameterIn.Path,
                Microsoft.OpenApi.ParameterLocation.Query => ParameterIn.Query,
                Microsoft.OpenApi.ParameterLocation.Header => ParameterIn.Header,
                _ => null,
            };
            if (location is null || parameter.Name is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, operation.OperationId ?? methodName, "a " + (parameter.In?.ToString().ToLowerInvariant() ?? "location-less") + " parameter '" + parameter.Name + "'", "the parameter was skipped");
                continue;
            }

            bool required = parameter.Required || location == ParameterIn.Path;
            if (location == ParameterIn.Query && IsObject(parameter.Schema))
            {
                // deepObject and exploded-object spellings differ per server; guessing would send a wrong query.
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, operation.OperationId ?? methodName, "the object-valued query parameter '" + parameter.Name + "'", required ? "the operation was skipped" : "the parameter was skipped");
                if (required)
                {
                    throw new SkipOperation();
                }

                continue;
            }

            TypeRef type = _schemas.Resolve(parameter.Schema, methodName + Identifiers.ToPascalCase(parameter.Name), parameterPointer + "/schema");
            specs.Add(new ParameterSpec
            {
                JsonName = parameter.Name,
                Name = Identifiers.EscapeKeyword(Identifiers.MakeUnique(Identifiers.ToCamelCase(parameter.Name).TrimStart('@'), names)),
                Location = location.Value,
                Type = required ? type.AsNonNullable() : type.AsNullable(),
                IsRequired = required,
                FixedValue = required && location != ParameterIn.Path ? SchemaFacts.FixedString(parameter.Schema) : null,
                Style = parameter.Style switch
                {
                    ParameterStyle.SpaceDelimited => QueryStyle.SpaceDelimited,
                    ParameterStyle.PipeDelimited => QueryStyle.PipeDelimited,
                    _ => QueryStyle.Form,
                },
                // The reader applies OpenAPI's defaults: form style, which explodes unless told otherwise.
                Explode = parameter.Explode,
                Description = parameter.Description,
            });
        }

        return specs.ToImmutableEquatableArray();
    }

    private TypeRef? SuccessType(OpenApiOperation operation, string methodName, string pointer)
    {
        if (operation.Responses is null)
        {
            return null;
        }

        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses)
        {
            if (!response.Key.StartsWith("2", StringComparison.Ordinal))
            {
                continue;
            }

            IOpenApiSchema? schema = JsonSchemaOf(response.Value?.Content);
            if (schema is not null)
            {
                return _schemas.Resolve(schema, methodName + "Response", pointer + "/responses/" + response.Key + "/content");
            }
        }

        return null;
    }

    /// <summary>The schema of the success response's <c>text/event-stream</c>, when it has one.</summary>
    private StreamSpec? StreamType(OpenApiOperation operation, string methodName, string pointer)
    {
        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses ?? new OpenApiResponses())
        {
            if (!response.Key.StartsWith("2", StringComparison.Ordinal) || response.Value?.Content is not { } content)
            {
                continue;
            }

            foreach (KeyValuePair<string, IOpenApiMediaType> media in content)
            {
                if (media.Key.Split(';')[0].Trim().Equals("text/event-stream", StringComparison.OrdinalIgnoreCase))
                {
                    TypeRef item = _schemas.Resolve(media.Value?.Schema ?? new OpenApiSchema(), methodName + "StreamEvent", pointer + "/responses/" + response.Key + "/content");
                    return new StreamSpec { ItemType = item.AsNonNullable() };
                }
            }
        }

        return null;
    }

    private static bool IsObject(IOpenApiSchema? schema)
        => SchemaFacts.Target(schema) is { } target
            && ((SchemaFacts.NonNullTypes(target) & JsonSchemaType.Object) != 0 || target.Properties is { Count: > 0 });

    private TypeRef? ErrorType(OpenApiOperation operation, string methodName, string pointer)
    {
        if (operation.Responses is null)
        {
            return null;
        }

        // "default" describes every error the operation does not list one by one; prefer it, then any 4xx/5xx.
        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses
            .OrderBy(r => r.Key == "default" ? 0 : 1)
            .Where(r => r.Key == "default" || r.Key.StartsWith("4", StringComparison.Ordinal) || r.Key.StartsWith("5", StringComparison.Ordinal)))
        {
            IOpenApiSchema? schema = JsonSchemaOf(response.Value?.Content);
            if (schema is not null)
            {
                return _schemas.Resolve(schema, methodName + "Error", pointer + "/responses/" + response.Key + "/content").AsNonNullable();
            }
        }

        return null;
    }

    /// <summary>The schema of the JSON media type (<c>application/json</c> or any <c>+json</c>), if there is one.</summary>
    private static IOpenApiSchema? JsonSchemaOf(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null)
        {
            return null;
        }

        foreach (KeyValuePair<string, IOpenApiMediaType> media in content)
        {
            string type = media.Key.Split(';')[0].Trim();
            if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            {
                return media.Value?.Schema ?? new OpenApiSchema();
            }
        }

        return null;
    }

    /// <summary>Thrown when a part of an operation cannot be generated and the whole method must be left out.</summary>
    private sealed class SkipOperation : Exception
    {
    }
}
