using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// The document's first server, whose variables become options, and the server a path or an operation names for
/// itself (its variables filled with their defaults).
/// </summary>
internal static class ServerTranslator
{
    public static ServerSpec? DocumentServer(OpenApiDocument document, ISet<string> takenOptionNames)
    {
        OpenApiServer? server = document.Servers?.FirstOrDefault(s => s?.Url is { Length: > 0 });
        if (server is null)
        {
            return null;
        }

        var variables = new List<ServerVariableSpec>();
        foreach (KeyValuePair<string, OpenApiServerVariable> variable in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            if (variable.Value is null || !server.Url!.Contains("{" + variable.Key + "}"))
            {
                continue;
            }

            var allowed = (variable.Value.Enum ?? new List<string>()).Where(v => v is not null).ToImmutableEquatableArray();
            string fallback = variable.Value.Default ?? allowed.FirstOrDefault() ?? string.Empty;
            string property = Identifiers.MakeUnique(Identifiers.ToPascalCase(variable.Key), takenOptionNames);
            variables.Add(new ServerVariableSpec(variable.Key, property, fallback, allowed, variable.Value.Description));
        }

        return new ServerSpec(server.Url!, variables.ToImmutableEquatableArray(), server.Description);
    }

    /// <summary>The document's first server with every variable at its default: the address when nothing is configured.</summary>
    public static string? DefaultUrl(ServerSpec? server)
    {
        if (server is null)
        {
            return null;
        }

        string url = server.Variables.Aggregate(server.UrlTemplate, (current, variable) => current.Replace("{" + variable.Name + "}", variable.Default));
        return Uri.TryCreate(url, UriKind.Absolute, out _) ? url : null;
    }

    /// <summary>An operation's own server, else its path's: the first one, variables at their defaults; null when neither names one.</summary>
    public static string? OperationServer(IOpenApiPathItem pathItem, OpenApiOperation operation)
    {
        OpenApiServer? server = operation.Servers?.FirstOrDefault(s => s?.Url is { Length: > 0 })
            ?? pathItem.Servers?.FirstOrDefault(s => s?.Url is { Length: > 0 });
        if (server is null)
        {
            return null;
        }

        string url = server.Url!;
        foreach (KeyValuePair<string, OpenApiServerVariable> variable in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? variable.Value?.Enum?.FirstOrDefault() ?? string.Empty);
        }

        return url;
    }
}
