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
using OpenApiThreads.Generator.Parsing.Security;
using OpenApiThreads.Generator.Parsing.Subsetting;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>Builds the <see cref="ApiModel"/>: names first, then schemas, then operations, then the JSON type list.</summary>
internal static class ModelBuilder
{
    private const string FallbackNamespace = "OpenApiClient";

    /// <summary>The options class's own members, which no scheme or server variable may be named.</summary>
    private static readonly string[] OptionsMembers =
    [
        "BaseAddress", "DefaultBaseAddress", "DocumentServer", "UserAgent", "DefaultUserAgent", "DefaultHeaders", "Timeout", "MaxRetries",
        "InitialRetryDelay", "MaxRetryDelay", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "Bind",
    ];

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
        string unionBaseName = baseName + "Union";

        // Names the generated plumbing and the JSON context's built-in properties own.
        var reserved = new HashSet<string>(ReservedNames.ForTypes(), StringComparer.Ordinal)
        {
            clientName, optionsName, contextName, exceptionName, unionBaseName, "I" + clientName,
        };

        // A filter narrows the document's paths before anything reads them, and with them the components generated.
        ISet<string>? generated = null;
        if (OperationFilter.Create(input.IncludeOperations, input.ExcludeOperations) is { } filter)
        {
            document.Paths = filter.Apply(document.Paths, diagnostics);
            generated = ReachableComponents.Of(document);
        }

        var (formOnly, needsFileTypes) = FormComponents.Scan(document, generated);
        if (needsFileTypes)
        {
            reserved.UnionWith(new[] { FileTypes.UploadName, FileTypes.DownloadName, FileTypes.FormEncodingName });
        }

        var schemas = new SchemaTranslator(document.Components?.Schemas, reserved, diagnostics) { FormOnlyComponents = formOnly };
        schemas.TranslateComponents(generated);
        var optionNames = new HashSet<string>(OptionsMembers, StringComparer.Ordinal);
        ServerSpec? server = ServerTranslator.DocumentServer(document, optionNames);
        var security = new SecurityTranslator(document, optionNames, diagnostics);
        var operations = new OperationTranslator(schemas, diagnostics, security).Translate(document.Paths);
        schemas.ApplyPolymorphism();
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
            AllFastPaths = Option(input.FastPaths, "OpenApiFastPaths", "all", "used", diagnostics),
            ClientName = clientName,
            OptionsName = optionsName,
            ContextName = contextName,
            ExceptionName = exceptionName,
            UnionBaseName = unionBaseName,
            Title = title,
            Version = document.Info?.Version,
            Description = document.Info?.Description,
            DefaultBaseUrl = ServerTranslator.DefaultUrl(server),
            Server = server,
            Security = security.Model,
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
}
