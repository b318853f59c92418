using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;
using OpenApiThreads.Generator.Naming;
using OpenApiThreads.Generator.Parsing.Bodies;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>Builds the <see cref="ApiModel"/>: names first, then schemas, then operations, then the JSON type list.</summary>
internal static class ModelBuilder
{
    private const string FallbackNamespace = "OpenApiClient";

    public static ApiModel Build(OpenApiDocument document, SpecInput input, DiagnosticBag diagnostics)
    {
        string title = document.Info?.Title is { Length: > 0 } t ? t : System.IO.Path.GetFileNameWithoutExtension(input.Path);
        string clientName = input.ClientName is { } configured ? Identifiers.ToPascalCase(configured) : DefaultClientName(title);
        string baseName = clientName.EndsWith("Client", StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;

        string optionsName = clientName + "Options";
        string contextName = baseName + "JsonContext";
        string exceptionName = baseName + "ApiException";

        // Names the generated plumbing and the JSON context's built-in properties own.
        var reserved = new HashSet<string>(ReservedNames.ForTypes(), StringComparer.Ordinal)
        {
            clientName, optionsName, contextName, exceptionName, "I" + clientName,
        };

        var (formOnly, needsFileTypes) = FormComponents.Scan(document);
        if (needsFileTypes)
        {
            reserved.UnionWith(new[] { FileTypes.UploadName, FileTypes.DownloadName, FileTypes.FormEncodingName });
        }

        var schemas = new SchemaTranslator(document.Components?.Schemas, reserved, diagnostics) { FormOnlyComponents = formOnly };
        schemas.TranslateComponents();
        var operations = new OperationTranslator(schemas, diagnostics).Translate(document.Paths);
        if (document.Webhooks is { Count: > 0 })
        {
            diagnostics.Add(DiagnosticDescriptors.WebhooksSkipped, "#/webhooks", document.Webhooks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        List<TypeSpec> types = schemas.Types.ToList();
        var byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        operations = operations.Select(o => o with
        {
            Response = o.Response with
            {
                Stream = o.Response.Stream is null ? null : StreamShape.Complete(o.Response.Stream, o.Body, byName),
                Paging = PagingShape.Detect(o, byName),
            },
        }).ToList();
        return new ApiModel
        {
            Namespace = input.Namespace is not null ? NamespaceOf(input.Namespace) : DefaultNamespace(input.RootNamespace, baseName),
            SpecPath = input.Path,
            IsInternal = Option(input.Accessibility, "OpenApiAccessibility", "internal", "public", diagnostics),
            GenerateClient = !Option(input.ModelsOnly, "OpenApiModelsOnly", "true", "false", diagnostics),
            ClientName = clientName,
            OptionsName = optionsName,
            ContextName = contextName,
            ExceptionName = exceptionName,
            Title = title,
            Version = document.Info?.Version,
            Description = document.Info?.Description,
            DefaultBaseUrl = DefaultBaseUrl(document),
            Auth = AuthOf(document, diagnostics),
            Types = types.ToImmutableEquatableArray(),
            Operations = operations.ToImmutableEquatableArray(),
            JsonTypes = JsonTypeCollector.Collect(types, operations),
        };
    }

    /// <summary>
    /// The project's root namespace plus a name from the title ("MyApp" + "Petstore API" → "MyApp.Petstore"), so two
    /// specs in one project land in different namespaces without any configuration.
    /// </summary>
    private static string DefaultNamespace(string? rootNamespace, string baseName)
        => string.IsNullOrWhiteSpace(rootNamespace) ? NamespaceOf(baseName) : NamespaceOf(rootNamespace + "." + baseName);

    /// <summary>Reads a two-valued option; anything else is a warning and the default.</summary>
    private static bool Option(string? value, string name, string on, string off, DiagnosticBag diagnostics)
    {
        if (value is null || value.Equals(off, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (value.Equals(on, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        diagnostics.Add(DiagnosticDescriptors.InvalidOption, string.Empty, name, value, off + " or " + on, off);
        return false;
    }

    /// <summary>"OpenAI Threads API" → "OpenAIThreadsClient".</summary>
    private static string DefaultClientName(string title)
    {
        string[] words = title.Split(new[] { ' ', '-', '_', '.' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("API", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        string name = Identifiers.ToPascalCase(string.Join(" ", words));
        return (name == "Value" ? "Api" : name) + "Client";
    }

    private static string NamespaceOf(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return FallbackNamespace;
        }

        string[] parts = configured!.Split('.')
            .Select(part => part.Trim())
            .Where(part => part.Length > 0)
            .Select(part => SyntaxFacts.IsValidIdentifier(part) ? Identifiers.EscapeKeyword(part) : Identifiers.ToPascalCase(part))
            .ToArray();
        if (parts.Length == 0)
        {
            return FallbackNamespace;
        }

        return string.Join(".", parts);
    }

    private static string? DefaultBaseUrl(OpenApiDocument document)
    {
        OpenApiServer? server = document.Servers?.FirstOrDefault();
        if (server?.Url is not { Length: > 0 } url)
        {
            return null;
        }

        if (server.Variables is { } variables)
        {
            foreach (KeyValuePair<string, OpenApiServerVariable> variable in variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty);
            }
        }

        return Uri.TryCreate(url, UriKind.Absolute, out _) ? url : null;
    }

    /// <summary>
    /// The one scheme the client applies: the first the document applies globally, else the first it defines.
    /// Every other scheme, and one the client cannot send, is reported where it is defined: a request sent without
    /// its credentials must not be a surprise.
    /// </summary>
    private static AuthSpec AuthOf(OpenApiDocument document, DiagnosticBag diagnostics)
    {
        if (document.Components?.SecuritySchemes is not { Count: > 0 } schemes)
        {
            return new AuthSpec(AuthKind.None, null);
        }

        string? applied = document.Security?.SelectMany(r => r.Keys).Select(k => k.Reference.Id).FirstOrDefault(id => id is not null && schemes.ContainsKey(id))
            ?? schemes.FirstOrDefault(s => s.Value is not null).Key;
        AuthSpec auth = applied is not null && schemes[applied] is { } scheme ? Supported(scheme) : new AuthSpec(AuthKind.None, null);
        foreach (KeyValuePair<string, IOpenApiSecurityScheme> entry in schemes)
        {
            if (entry.Value is null || (entry.Key == applied && auth.Kind != AuthKind.None))
            {
                continue;
            }

            string what = "the security scheme '" + entry.Key + "' (" + Describe(entry.Value) + ")";
            string done = entry.Key == applied
                ? "the client sends no credentials for it; set them through the options' DefaultHeaders"
                : "the client applies only '" + applied + "' and sends no credentials for this one";
            diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, "#/components/securitySchemes/" + JsonPointer.Escape(entry.Key), "securitySchemes", what, done);
        }

        return auth;
    }

    private static AuthSpec Supported(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase) => new AuthSpec(AuthKind.Bearer, null),
        SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Header && scheme.Name is { Length: > 0 } name => new AuthSpec(AuthKind.HeaderApiKey, name),
        _ => new AuthSpec(AuthKind.None, null),
    };

    private static string Describe(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.Http => "http " + (scheme.Scheme ?? "without a scheme"),
        SecuritySchemeType.ApiKey => "apiKey in " + (scheme.In?.ToString().ToLowerInvariant() ?? "no location"),
        SecuritySchemeType.OAuth2 => "oauth2",
        SecuritySchemeType.OpenIdConnect => "openIdConnect",
        _ => scheme.Type?.ToString() ?? "no type",
    };
}
