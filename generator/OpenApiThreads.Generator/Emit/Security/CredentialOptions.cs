using System.Linq;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Security;

namespace OpenApiThreads.Generator.Emit.Security;

/// <summary>
/// The options members the document's schemes and server variables add: one credential per scheme, named after it
/// (a token provider beside each bearer, OAuth2 and OpenID Connect scheme), and one property per server variable.
/// </summary>
internal static class CredentialOptions
{
    private const string Provider = "global::System.Func<generic::IReadOnlyList<string>, global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>";

    public static void WriteCredentials(SourceWriter writer, ImmutableEquatableArray<SecuritySchemeSpec> schemes)
    {
        foreach (SecuritySchemeSpec scheme in schemes)
        {
            string p = scheme.PropertyName;
            string said = scheme.Description is { Length: > 0 } d ? "\n" + DocComments.Escape(d.Trim()) : string.Empty;
            string key = "<c>" + DocComments.OneLine(scheme.Key) + "</c> (" + DocComments.OneLine(scheme.SpecType) + ")";
            switch (scheme.Kind)
            {
                case CredentialKind.Bearer:
                    Summary(writer, "The token for " + key + ", sent as <c>Authorization: Bearer …</c> to the operations that require it, unless <see cref=\"" + p + "Provider\"/> is set." + said);
                    writer.WriteLine("public string? " + p + " { get; set; }");
                    writer.WriteLine();
                    Summary(writer, "Gets the token for " + key + " on every call that requires it, with the scopes the operation requires (empty when it names none); cache and refresh it here. Wins over <see cref=\"" + p + "\"/>.");
                    writer.WriteLine("public " + Provider + "? " + p + "Provider { get; set; }");
                    break;
                case CredentialKind.Basic:
                    Summary(writer, "The user name for " + key + ", sent with <see cref=\"" + p + "Password\"/> as <c>Authorization: Basic …</c> to the operations that require it." + said);
                    writer.WriteLine("public string? " + p + "UserName { get; set; }");
                    writer.WriteLine();
                    Summary(writer, "The password for " + key + ".");
                    writer.WriteLine("public string? " + p + "Password { get; set; }");
                    break;
                default:
                    Summary(writer, "The credential for " + key + ", sent " + Where(scheme) + " to the operations that require it." + said);
                    writer.WriteLine("public string? " + p + " { get; set; }");
                    break;
            }

            writer.WriteLine();
        }
    }

    /// <summary>The part of ToString that says which credentials are set, never what they are.</summary>
    public static string Described(ImmutableEquatableArray<SecuritySchemeSpec> schemes)
        => string.Concat(schemes.Select(s =>
        {
            string set = s.Kind switch
            {
                CredentialKind.Bearer => "!string.IsNullOrEmpty(" + s.PropertyName + ") || " + s.PropertyName + "Provider is not null",
                CredentialKind.Basic => "!string.IsNullOrEmpty(" + s.PropertyName + "UserName)",
                _ => "!string.IsNullOrEmpty(" + s.PropertyName + ")",
            };
            return " + \", " + s.PropertyName + " = \" + (" + set + " ? \"(set)\" : \"(not set)\")";
        }));

    public static void WriteServerVariables(SourceWriter writer, ServerSpec server)
    {
        foreach (ServerVariableSpec variable in server.Variables)
        {
            string field = "_" + char.ToLowerInvariant(variable.PropertyName[0]) + variable.PropertyName.Substring(1);
            string allowed = variable.Allowed.Count > 0 ? " One of: " + string.Join(", ", variable.Allowed.Select(a => "<c>" + DocComments.OneLine(a) + "</c>")) + "." : string.Empty;
            Summary(writer, (variable.Description is { Length: > 0 } d ? DocComments.Escape(d.Trim()) + "\n" : string.Empty)
                + "The <c>{" + DocComments.OneLine(variable.Name) + "}</c> of the document's server (default <c>" + DocComments.OneLine(variable.Default) + "</c>)." + allowed);
            writer.WriteLine("public string " + variable.PropertyName);
            writer.OpenBlock();
            writer.WriteLine("get => " + field + ";");
            if (variable.Allowed.Count > 0)
            {
                writer.WriteLine("set");
                writer.OpenBlock();
                writer.WriteLine("if (global::System.Array.IndexOf(" + "s" + field + "Allowed, value) < 0)");
                writer.OpenBlock();
                writer.WriteLine("throw new global::System.ArgumentOutOfRangeException(nameof(value), value, " + DocComments.Literal(variable.PropertyName + " must be one of: " + string.Join(", ", variable.Allowed) + ".") + ");");
                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteLine(field + " = value;");
                writer.WriteLine("_documentServer = null;");
                writer.CloseBlock();
            }
            else
            {
                writer.WriteLine("set");
                writer.OpenBlock();
                writer.WriteLine(field + " = value ?? throw new global::System.ArgumentNullException(nameof(value));");
                writer.WriteLine("_documentServer = null;");
                writer.CloseBlock();
            }

            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("private string " + field + " = " + DocComments.Literal(variable.Default) + ";");
            if (variable.Allowed.Count > 0)
            {
                writer.WriteLine("private static readonly string[] " + "s" + field + "Allowed = { " + string.Join(", ", variable.Allowed.Select(DocComments.Literal)) + " };");
            }

            writer.WriteLine();
        }

        string url = DocComments.Literal(server.UrlTemplate);
        string filled = server.Variables.Aggregate(url, (expression, v) => expression + ".Replace(" + DocComments.Literal("{" + v.Name + "}") + ", " + v.PropertyName + ", global::System.StringComparison.Ordinal)");
        writer.WriteLine("private global::System.Uri? _documentServer;");
        writer.WriteLine();
        Summary(writer, "The document's server with the variables above filled in: where requests go when no base address is configured.");
        writer.WriteLine("public global::System.Uri? DocumentServer => _documentServer ??= global::System.Uri.TryCreate(" + filled + ", global::System.UriKind.Absolute, out global::System.Uri? address) ? address : null;");
    }

    private static string Where(SecuritySchemeSpec scheme) => scheme.Kind switch
    {
        CredentialKind.Authorization => "as <c>Authorization: " + DocComments.OneLine(scheme.Name!) + " …</c>",
        CredentialKind.ApiKeyHeader => "in the <c>" + DocComments.OneLine(scheme.Name!) + "</c> header",
        CredentialKind.ApiKeyQuery => "as the <c>" + DocComments.OneLine(scheme.Name!) + "</c> query parameter",
        _ => "as the <c>" + DocComments.OneLine(scheme.Name!) + "</c> cookie",
    };

    private static void Summary(SourceWriter writer, string xml)
    {
        writer.WriteLine("/// <summary>");
        foreach (string line in xml.Split('\n'))
        {
            writer.WriteLine(("/// " + line).TrimEnd());
        }

        writer.WriteLine("/// </summary>");
    }
}
