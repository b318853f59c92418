using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// The error responses of an operation: every 4xx, 5xx, range and default, each with its description and, when it has
/// a JSON body, its type. The operation's main error type is the default's, else the first with a body; the others are
/// typed per status.
/// </summary>
internal static class ErrorResponses
{
    public static (ImmutableEquatableArray<ErrorResponseSpec> Errors, TypeRef? Main) Read(OpenApiResponses? responses, string methodName, string pointer, Func<IOpenApiSchema, string, string, TypeRef> resolve)
    {
        if (responses is null)
        {
            return (ImmutableEquatableArray<ErrorResponseSpec>.Empty, null);
        }

        var errors = new List<ErrorResponseSpec>();
        TypeRef? main = null;

        // "default" describes every error the operation does not list one by one; prefer it, then any 4xx/5xx.
        foreach (KeyValuePair<string, IOpenApiResponse> response in responses
            .OrderBy(r => r.Key == "default" ? 0 : 1)
            .Where(r => r.Key == "default" || r.Key.StartsWith("4", StringComparison.Ordinal) || r.Key.StartsWith("5", StringComparison.Ordinal)))
        {
            TypeRef? type = null;
            if (MediaTypes.Pick(response.Value?.Content, BodyEncoding.Json) is { } json)
            {
                string name = main is null ? methodName + "Error" : methodName + "Error" + response.Key.ToUpperInvariant();
                type = resolve(json.Media?.Schema ?? new OpenApiSchema(), name, pointer + "/responses/" + response.Key + "/content").AsNonNullable();
                main ??= type;
            }

            errors.Add(new ErrorResponseSpec(response.Key.ToUpperInvariant() == "DEFAULT" ? "default" : response.Key.ToUpperInvariant(), response.Value?.Description is { Length: > 0 } d ? d.Trim() : null, type));
        }

        return (errors.ToImmutableEquatableArray(), main);
    }
}
