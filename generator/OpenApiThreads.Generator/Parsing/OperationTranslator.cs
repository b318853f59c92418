using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;
using OpenApiThreads.Generator.Naming;
using OpenApiThreads.Generator.Parsing.Bodies;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>Maps each path + method to one client method: its parameters, body, success and error types.</summary>
internal sealed class OperationTranslator
{
    private readonly SchemaTranslator _schemas;
    private readonly RequestBodyTranslator _bodies;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _methodNames = new(StringComparer.Ordinal);

    // A parameter component used by many operations is one type, named after the component, not one per operation.
    private readonly Dictionary<string, TypeRef> _sharedParameterTypes = new(StringComparer.Ordinal);

    private readonly Security.SecurityTranslator? _security;

    public OperationTranslator(SchemaTranslator schemas, DiagnosticBag diagnostics, Security.SecurityTranslator? security = null)
    {
        _schemas = schemas;
        _bodies = new RequestBodyTranslator(schemas, diagnostics);
        _diagnostics = diagnostics;
        _security = security;
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
                _schemas.Guard(pointer, method + " " + path.Key, () => spec = TranslateOperation(path.Key, path.Value, method, operation.Value));
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

        string id = operation.OperationId ?? name;
        RequestBodySpec? body = null;
        if (operation.RequestBody is { } requestBody)
        {
            body = _bodies.Translate(requestBody, id, name, pointer, out bool skip);
            if (skip)
            {
                return null;
            }
        }

        if (TranslateParameters(pathItem, operation, name, pointer) is not { } parameters)
        {
            return null;
        }

        var errors = ErrorResponses.Read(operation.Responses, name, pointer, _schemas.Resolve);
        return new OperationSpec
        {
            OperationId = id,
            Name = name,
            HttpMethod = method,
            Path = path,
            FixedQuery = fixedQuery,
            Parameters = parameters,
            Body = body,
            Response = SuccessResponse(operation, id, name, pointer),
            ErrorType = errors.Main,
            Errors = errors.Errors,
            Summary = operation.Summary,
            Description = operation.Description,
            Deprecated = operation.Deprecated,
            SecuritySet = _security?.SetFor(operation, pointer),
            Server = ServerTranslator.OperationServer(pathItem, operation),
        };
    }

    private string MethodName(string pathKey, string method, OpenApiOperation operation, string pointer)
    {
        string? id = operation.OperationId;
        string candidate = Identifiers.ToPascalCase(string.IsNullOrWhiteSpace(id) ? method.ToLowerInvariant() + " " + pathKey : id!);
        string chosen = MethodNames.Choose(candidate, _methodNames);
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

    /// <summary>The operation's parameters, or null when a required one cannot be sent (the operation is skipped).</summary>
    private ImmutableEquatableArray<ParameterSpec>? TranslateParameters(IOpenApiPathItem pathItem, OpenApiOperation operation, string methodName, string pointer)
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

        HashSet<string> names = ParameterNames.NewScope();
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
                Microsoft.OpenApi.ParameterLocation.Cookie => ParameterIn.Cookie,
                _ => null,
            };
            if (location is null || parameter.Name is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, operation.OperationId ?? methodName, "a " + (parameter.In?.ToString().ToLowerInvariant() ?? "location-less") + " parameter '" + parameter.Name + "'", "the parameter was skipped");
                continue;
            }

            bool required = parameter.Required || location == ParameterIn.Path;
            bool structured = SchemaFacts.IsStructured(parameter.Schema);
            if (structured && location != ParameterIn.Query)
            {
                // OpenAPI spells objects in paths, headers and cookies as comma lists of keys and values, which no
                // server we know reads back; only the query has the spellings servers agree on.
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, operation.OperationId ?? methodName, "the object-valued " + location.Value.ToString().ToLowerInvariant() + " parameter '" + parameter.Name + "'", required ? "the operation was skipped" : "the parameter was skipped");
                if (required)
                {
                    return null;
                }

                continue;
            }

            TypeRef type = TypeOf(parameter, methodName, parameterPointer);
            specs.Add(new ParameterSpec
            {
                JsonName = parameter.Name,
                Name = ParameterNames.Choose(parameter.Name, names),
                Location = location.Value,
                Type = required ? type.AsNonNullable() : type.AsNullable(),
                IsRequired = required,
                FixedValue = required && location != ParameterIn.Path ? SchemaFacts.FixedString(parameter.Schema) : null,
                Style = parameter.Style switch
                {
                    ParameterStyle.SpaceDelimited => SerializationStyle.SpaceDelimited,
                    ParameterStyle.PipeDelimited => SerializationStyle.PipeDelimited,
                    ParameterStyle.DeepObject => SerializationStyle.DeepObject,
                    ParameterStyle.Label => SerializationStyle.Label,
                    ParameterStyle.Matrix => SerializationStyle.Matrix,
                    ParameterStyle.Simple => SerializationStyle.Simple,
                    _ => SerializationStyle.Form,
                },
                IsStructured = structured,
                AllowReserved = parameter.AllowReserved,
                // The reader applies OpenAPI's defaults: form style, which explodes unless told otherwise.
                Explode = parameter.Explode,
                Description = parameter.Description,
            });
        }

        return specs.ToImmutableEquatableArray();
    }

    /// <summary>
    /// The first 2xx response with a body decides what the plain method returns: JSON, else a file download, else
    /// text. An event stream beside or instead of it gets its own method. A body the client cannot read is reported,
    /// never dropped quietly.
    /// </summary>
    private ResponseSpec SuccessResponse(OpenApiOperation operation, string id, string methodName, string pointer)
    {
        ResponseSpec result = ResponseSpec.Empty;
        var alternatives = new List<ResponseAlternative>();
        int firstStatus = 200;
        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses ?? new OpenApiResponses())
        {
            if (!response.Key.StartsWith("2", StringComparison.Ordinal) || response.Value?.Content is not { Count: > 0 } content)
            {
                continue;
            }

            string contentPointer = pointer + "/responses/" + JsonPointer.Escape(response.Key) + "/content";
            if (result.Encoding == BodyEncoding.None && MediaTypes.Pick(content, BodyEncoding.Json, BodyEncoding.Binary, BodyEncoding.Text) is { } body)
            {
                firstStatus = int.TryParse(response.Key, out int code) ? code : 200;
                result = result with
                {
                    Encoding = body.Encoding,
                    MediaType = body.Encoding == BodyEncoding.Json ? "application/json" : body.MediaType,
                    Type = body.Encoding switch
                    {
                        BodyEncoding.Json => _schemas.Resolve(body.Media?.Schema ?? new OpenApiSchema(), methodName + "Response", contentPointer),
                        BodyEncoding.Text => BuiltInTypes.String,
                        _ => FileTypes.Download,
                    },
                };
            }

            else if (result.Encoding == BodyEncoding.Json && int.TryParse(response.Key, out int status) && MediaTypes.Pick(content, BodyEncoding.Json) is { } other)
            {
                // A second documented success with its own JSON body: read by status rather than lost.
                alternatives.Add(new ResponseAlternative(status, _schemas.Resolve(other.Media?.Schema ?? new OpenApiSchema(), methodName + "Response" + status, contentPointer)));
            }
            else if (result.Encoding != BodyEncoding.None && MediaTypes.Pick(content, BodyEncoding.Json, BodyEncoding.Binary, BodyEncoding.Text) is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, contentPointer, id, "a second success response (" + response.Key + ") in " + MediaTypes.Describe(content), "the method reads every success as the first one's body");
            }

            if (result.Stream is null && MediaTypes.Pick(content, BodyEncoding.EventStream) is { } events)
            {
                TypeRef item = _schemas.Resolve(events.Media?.Schema ?? new OpenApiSchema(), methodName + "StreamEvent", contentPointer);
                result = result with { Stream = new StreamSpec { ItemType = item.AsNonNullable() } };
            }

            if (result.Encoding == BodyEncoding.None && result.Stream is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, contentPointer, id, "a response body in " + MediaTypes.Describe(content), "the method returns no value");
            }
        }

        return WithAlternatives(result, firstStatus, alternatives, methodName);
    }

    /// <summary>
    /// When another success status has a body of another type than the first's, the method returns a result saying
    /// which arrived; the same type under several statuses needs no result type.
    /// </summary>
    private ResponseSpec WithAlternatives(ResponseSpec result, int firstStatus, List<ResponseAlternative> others, string methodName)
    {
        if (result.Encoding != BodyEncoding.Json || others.All(o => o.Type == result.Type))
        {
            return result;
        }

        var all = new List<ResponseAlternative> { new(firstStatus, result.Type!) };
        all.AddRange(others.Where(o => all.All(a => a.StatusCode != o.StatusCode)));
        string name = _schemas.ClaimTypeName(methodName + "Result");
        return result with
        {
            Alternatives = all.ToImmutableEquatableArray(),
            ResultName = name,
            Type = new TypeRef { Kind = TypeRefKind.Generated, Name = name },
        };
    }

    private TypeRef TypeOf(IOpenApiParameter parameter, string methodName, string pointer)
    {
        if (parameter is not OpenApiParameterReference { Reference.Id: { Length: > 0 } id })
        {
            return _schemas.Resolve(parameter.Schema, methodName + Identifiers.ToPascalCase(parameter.Name!), pointer + "/schema");
        }

        if (!_sharedParameterTypes.TryGetValue(id, out TypeRef? type))
        {
            type = _schemas.Resolve(parameter.Schema, Identifiers.ToPascalCase(id), "#/components/parameters/" + JsonPointer.Escape(id) + "/schema");
            _sharedParameterTypes.Add(id, type);
        }

        return type;
    }
}
