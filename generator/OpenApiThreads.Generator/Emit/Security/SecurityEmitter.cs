using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Security;

namespace OpenApiThreads.Generator.Emit.Security;

/// <summary>
/// One method per distinct set of security requirements: it sends the first alternative (in the document's order)
/// whose credentials are all set in the options, every scheme of it together, and nothing when none is. The helpers
/// it calls are the Security template regions.
/// </summary>
internal static class SecurityEmitter
{
    private const string Token = "global::System.Threading.CancellationToken";

    public static string MethodName(int set) => "ApplySecurity" + set.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Async";

    public static string Emit(SecurityEmitItem item)
    {
        EmitHeader header = item.Header;
        var schemes = item.Security.Schemes.ToDictionary(s => s.Key, System.StringComparer.Ordinal);
        var scopeFields = new List<string>();
        var scopeNames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var methods = new SourceWriter();

        foreach (SecuritySetSpec set in item.Security.Sets)
        {
            bool awaits = set.Alternatives.SelectMany(a => a.Schemes).Any(u => schemes[u.SchemeKey].HasTokenProvider);
            methods.WriteLine();
            var named = set.Alternatives.Where(a => !a.IsAnonymous).ToList();
            methods.WriteLine("/// <summary>");
            methods.WriteLine("/// Sends " + string.Join(", else ", named.Select(Describe)) + (named.Count > 1 ? ": the first whose credentials are all set" : named[0].Schemes.Count > 1 ? " when their credentials are all set" : " when its credentials are set")
                + (set.AllowsAnonymous ? "; the document allows anonymous calls too." : "; otherwise nothing, and the server answers."));
            methods.WriteLine("/// </summary>");
            methods.OpenBlock("private " + (awaits ? "async " : string.Empty) + "global::System.Threading.Tasks.ValueTask " + MethodName(set.Index) + "(global::System.Net.Http.HttpRequestMessage request, " + Token + " cancellationToken)");
            if (!awaits)
            {
                methods.WriteLine("_ = cancellationToken;");
                methods.WriteLine();
            }

            foreach (SecurityRequirementSpec alternative in set.Alternatives.Where(a => !a.IsAnonymous))
            {
                var conditions = alternative.Schemes.Select(u => Condition(schemes[u.SchemeKey])).ToList();
                methods.OpenBlock("if (" + (conditions.Count == 1 ? conditions[0] : string.Join(" && ", conditions.Select(c => c.Contains("||") ? "(" + c + ")" : c))) + ")");
                foreach (SchemeUse use in alternative.Schemes)
                {
                    methods.WriteLine(Apply(schemes[use.SchemeKey], ScopesField(use, scopeNames, scopeFields)));
                }

                methods.WriteLine(awaits ? "return;" : "return default;");
                methods.CloseBlock();
                if (alternative != named[named.Count - 1])
                {
                    methods.WriteLine();
                }
            }

            if (!awaits)
            {
                methods.WriteLine();
                methods.WriteLine("return default;");
            }

            methods.CloseBlock();
        }

        SourceWriter writer = FileHeader.Start(header);
        writer.OpenBlock(header.Accessibility + " partial class " + header.ClientName);
        foreach (string field in scopeFields)
        {
            writer.WriteLine(field);
        }

        if (scopeFields.Count > 0)
        {
            writer.WriteLine();
        }

        foreach (string line in methods.ToString().TrimStart('\n').TrimEnd('\n').Split('\n'))
        {
            writer.WriteLine(line);
        }

        writer.CloseBlock();
        return FileHeader.Finish(writer);
    }

    /// <summary>"petstore_auth (write:pets, read:pets) and api_key".</summary>
    internal static string Describe(SecurityRequirementSpec requirement)
        => string.Join(" and ", requirement.Schemes.Select(u => "<c>" + DocComments.OneLine(u.SchemeKey) + "</c>" + (u.Scopes.Count > 0 ? " (" + DocComments.OneLine(string.Join(", ", u.Scopes)) + ")" : string.Empty)));

    private static string ScopesField(SchemeUse use, Dictionary<string, string> names, List<string> fields)
    {
        if (use.Scopes.Count == 0)
        {
            return "global::System.Array.Empty<string>()";
        }

        string key = string.Join("\n", use.Scopes);
        if (!names.TryGetValue(key, out string? name))
        {
            name = "s_scopes" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Add(key, name);
            fields.Add("private static readonly string[] " + name + " = { " + string.Join(", ", use.Scopes.Select(DocComments.Literal)) + " };");
        }

        return name;
    }

    private static string Condition(SecuritySchemeSpec scheme) => scheme.Kind switch
    {
        CredentialKind.Bearer => "_options." + scheme.PropertyName + "Provider is not null || !string.IsNullOrEmpty(_options." + scheme.PropertyName + ")",
        CredentialKind.Basic => "!string.IsNullOrEmpty(_options." + scheme.PropertyName + "UserName)",
        _ => "!string.IsNullOrEmpty(_options." + scheme.PropertyName + ")",
    };

    private static string Apply(SecuritySchemeSpec scheme, string scopes)
    {
        string value = "_options." + scheme.PropertyName;
        string name = DocComments.Literal(scheme.Name ?? string.Empty);
        return scheme.Kind switch
        {
            CredentialKind.Bearer => "SetAuthorization(request, \"Bearer\", await TokenAsync(" + value + ", " + value + "Provider, " + scopes + ", cancellationToken).ConfigureAwait(false));",
            CredentialKind.Basic => "SetAuthorization(request, \"Basic\", BasicCredentials(" + value + "UserName, " + value + "Password));",
            CredentialKind.Authorization => "SetAuthorization(request, " + name + ", " + value + ");",
            CredentialKind.ApiKeyHeader => "SetHeader(request, " + name + ", " + value + ");",
            CredentialKind.ApiKeyQuery => "AddQueryCredential(request, " + name + ", " + value + ");",
            _ => "AddCookieCredential(request, " + name + ", " + value + ");",
        };
    }

    /// <summary>The Security template regions a spec's schemes call.</summary>
    public static IEnumerable<string> Regions(ImmutableEquatableArray<SecuritySchemeSpec> schemes)
    {
        var kinds = new HashSet<CredentialKind>(schemes.Select(s => s.Kind));
        if (kinds.Contains(CredentialKind.Bearer))
        {
            yield return "Security.Token";
        }

        if (kinds.Contains(CredentialKind.Bearer) || kinds.Contains(CredentialKind.Basic) || kinds.Contains(CredentialKind.Authorization))
        {
            yield return "Security.Authorization";
        }

        if (kinds.Contains(CredentialKind.Basic))
        {
            yield return "Security.Basic";
        }

        if (kinds.Contains(CredentialKind.ApiKeyQuery))
        {
            yield return "Security.Query";
        }

        if (kinds.Contains(CredentialKind.ApiKeyCookie))
        {
            yield return "Security.Cookie";
        }
    }
}
