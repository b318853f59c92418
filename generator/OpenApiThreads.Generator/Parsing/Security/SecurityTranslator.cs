using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Security;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing.Security;

/// <summary>
/// Reads <c>components/securitySchemes</c> into credentials the client can send, and each operation's requirements
/// (its own <c>security</c>, else the document's) into a shared <see cref="SecuritySetSpec"/>. A scheme the client
/// cannot send, or a requirement naming an undefined scheme, is reported where it is written.
/// </summary>
internal sealed class SecurityTranslator
{
    private readonly Dictionary<string, SecuritySchemeSpec> _schemes = new(StringComparer.Ordinal);
    private readonly List<SecuritySchemeSpec> _ordered = new();
    private readonly List<SecuritySetSpec> _sets = new();

    // A requirement naming an unknown scheme is reported once per scheme, not once per operation.
    private readonly HashSet<string> _unknownReported = new(StringComparer.Ordinal);
    private readonly IList<OpenApiSecurityRequirement>? _global;
    private readonly DiagnosticBag _diagnostics;

    public SecurityTranslator(OpenApiDocument document, ISet<string> takenOptionNames, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _global = document.Security;
        if (document.Components?.SecuritySchemes is not { } schemes)
        {
            return;
        }

        foreach (KeyValuePair<string, IOpenApiSecurityScheme> entry in schemes)
        {
            if (entry.Value is null)
            {
                continue;
            }

            string pointer = "#/components/securitySchemes/" + JsonPointer.Escape(entry.Key);
            if (Translate(entry.Key, entry.Value, pointer, takenOptionNames) is { } spec)
            {
                _schemes.Add(entry.Key, spec);
                _ordered.Add(spec);
            }
        }
    }

    /// <summary>The schemes some operation sends (an unused scheme gets no options property), and the sets.</summary>
    public SecurityModel Model
    {
        get
        {
            var used = new HashSet<string>(_sets.SelectMany(s => s.Alternatives).SelectMany(a => a.Schemes).Select(u => u.SchemeKey), StringComparer.Ordinal);
            return new(_ordered.Where(s => used.Contains(s.Key)).ToImmutableEquatableArray(), _sets.ToImmutableEquatableArray());
        }
    }

    /// <summary>
    /// The set an operation uses, or null when it sends no credentials (<c>security: []</c>, or nothing applies).
    /// An operation's own <c>security</c> replaces the document's, even when empty.
    /// </summary>
    public int? SetFor(OpenApiOperation operation, string pointer)
    {
        bool own = operation.Security is not null;
        IList<OpenApiSecurityRequirement>? requirements = own ? operation.Security : _global;
        if (requirements is not { Count: > 0 })
        {
            return null;
        }

        string where = own ? pointer + "/security" : "#/security";
        var alternatives = new List<SecurityRequirementSpec>();
        for (int i = 0; i < requirements.Count; i++)
        {
            if (Requirement(requirements[i], where + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } requirement && !alternatives.Contains(requirement))
            {
                alternatives.Add(requirement);
            }
        }

        if (alternatives.All(a => a.IsAnonymous))
        {
            return null;
        }

        var set = alternatives.ToImmutableEquatableArray();
        SecuritySetSpec? existing = _sets.FirstOrDefault(s => s.Alternatives.Equals(set));
        if (existing is not null)
        {
            return existing.Index;
        }

        _sets.Add(new SecuritySetSpec(_sets.Count, set));
        return _sets.Count - 1;
    }

    /// <summary>One requirement; null when it names a scheme the client cannot send (it can never be met).</summary>
    private SecurityRequirementSpec? Requirement(OpenApiSecurityRequirement? requirement, string pointer)
    {
        var uses = new List<SchemeUse>();
        foreach (KeyValuePair<OpenApiSecuritySchemeReference, List<string>> entry in requirement ?? new OpenApiSecurityRequirement())
        {
            string? key = entry.Key?.Reference?.Id;
            if (key is null || !_schemes.ContainsKey(key))
            {
                if (key is not null && !_unknownReported.Add(key))
                {
                    return null;
                }

                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, "security", "the requirement names the scheme '" + (key ?? "?") + "', which the document does not define or the client cannot send", "this alternative is never used");
                return null;
            }

            uses.Add(new SchemeUse(key, (entry.Value ?? new List<string>()).Where(s => s is not null).ToImmutableEquatableArray()));
        }

        return new SecurityRequirementSpec(uses.ToImmutableEquatableArray());
    }

    private SecuritySchemeSpec? Translate(string key, IOpenApiSecurityScheme scheme, string pointer, ISet<string> taken)
    {
        (CredentialKind Kind, string? Name, string SpecType)? shape = scheme.Type switch
        {
            SecuritySchemeType.Http when scheme.Scheme is not { Length: > 0 } => null,
            SecuritySchemeType.Http when scheme.Scheme!.Equals("bearer", StringComparison.OrdinalIgnoreCase) => (CredentialKind.Bearer, null, "http bearer"),
            SecuritySchemeType.Http when scheme.Scheme!.Equals("basic", StringComparison.OrdinalIgnoreCase) => (CredentialKind.Basic, null, "http basic"),
            SecuritySchemeType.Http when IsToken(scheme.Scheme!) => (CredentialKind.Authorization, scheme.Scheme, "http " + scheme.Scheme),
            SecuritySchemeType.ApiKey when scheme.Name is not { Length: > 0 } => null,
            SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Header => (CredentialKind.ApiKeyHeader, scheme.Name, "apiKey in header"),
            SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Query => (CredentialKind.ApiKeyQuery, scheme.Name, "apiKey in query"),
            SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Cookie => (CredentialKind.ApiKeyCookie, scheme.Name, "apiKey in cookie"),
            SecuritySchemeType.OAuth2 => (CredentialKind.Bearer, null, "oauth2"),
            SecuritySchemeType.OpenIdConnect => (CredentialKind.Bearer, null, "openIdConnect"),
            _ => null,
        };
        if (shape is not { } found)
        {
            string what = "the security scheme '" + key + "' (" + Describe(scheme) + ")";
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, "securitySchemes", what, "the client sends no credentials for it; operations that need only it are sent without credentials");
            return null;
        }

        string property = Identifiers.MakeUnique(Identifiers.ToPascalCase(key), taken);
        foreach (string derived in DerivedNames(property, found.Kind))
        {
            taken.Add(derived);
        }

        return new SecuritySchemeSpec
        {
            Key = key,
            PropertyName = property,
            Kind = found.Kind,
            Name = found.Name,
            SpecType = found.SpecType,
            Description = scheme.Description,
        };
    }

    /// <summary>The other options properties a scheme owns besides its own name.</summary>
    internal static IEnumerable<string> DerivedNames(string property, CredentialKind kind) => kind switch
    {
        CredentialKind.Bearer => new[] { property + "Provider" },
        CredentialKind.Basic => new[] { property + "UserName", property + "Password" },
        _ => Array.Empty<string>(),
    };

    /// <summary>An HTTP auth-scheme token (RFC 9110): letters, digits and a few symbols, no spaces.</summary>
    private static bool IsToken(string scheme) => scheme.All(c => c < 127 && (char.IsLetterOrDigit(c) || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0));

    private static string Describe(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.Http => "http " + (scheme.Scheme ?? "without a scheme"),
        SecuritySchemeType.ApiKey => "apiKey in " + (scheme.In?.ToString().ToLowerInvariant() ?? "no location") + (scheme.Name is { Length: > 0 } ? string.Empty : " without a name"),
        _ => scheme.Type?.ToString() ?? "no type",
    };
}
