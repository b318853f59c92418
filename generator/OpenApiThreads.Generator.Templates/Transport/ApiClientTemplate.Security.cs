// Template: the helpers that put credentials on a request. The generator writes, per spec, one method per distinct
// set of security requirements (Emit/Security/SecurityEmitter), which calls these; it copies only the regions the
// spec's schemes need. Credentials never appear in a message: a refused value is named by its scheme, not shown.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Security.Token
        /// <summary>
        /// The token a bearer, OAuth2 or OpenID Connect scheme sends: the provider's when one is set (asked on every call,
        /// with the scopes the operation requires, so it can refresh and cache as it likes), else the fixed token.
        /// </summary>
        private static async global::System.Threading.Tasks.ValueTask<string?> TokenAsync(string? token, global::System.Func<global::System.Collections.Generic.IReadOnlyList<string>, global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? provider, global::System.Collections.Generic.IReadOnlyList<string> scopes, global::System.Threading.CancellationToken cancellationToken)
            => provider is null ? token : await provider(scopes, cancellationToken).ConfigureAwait(false);
        #endregion

        #region Security.Authorization
        /// <summary>Sets <c>Authorization: {scheme} {credentials}</c>; nothing when the credentials are empty.</summary>
        private static void SetAuthorization(global::System.Net.Http.HttpRequestMessage request, string scheme, string? credentials)
        {
            if (string.IsNullOrEmpty(credentials))
            {
                return;
            }

            RefuseControlCharacters("Authorization", credentials);

            request.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue(scheme, credentials);
        }
        #endregion

        #region Security.Basic
        /// <summary>The <c>Basic</c> credentials: base64 of the UTF-8 <c>user:password</c> (RFC 7617).</summary>
        private static string BasicCredentials(string userName, string? password)
        {
            if (userName.Contains(':', global::System.StringComparison.Ordinal))
            {
                throw new global::System.ArgumentException("A user name for basic authentication cannot contain ':'.", nameof(userName));
            }

            return global::System.Convert.ToBase64String(global::System.Text.Encoding.UTF8.GetBytes(userName + ":" + password));
        }
        #endregion

        #region Security.Query
        /// <summary>Appends an API key to the request's query string.</summary>
        private static void AddQueryCredential(global::System.Net.Http.HttpRequestMessage request, string name, string value)
        {
            global::System.Uri uri = request.RequestUri!;
            string separator = uri.Query.Length > 1 ? "&" : (uri.Query.Length == 1 ? string.Empty : "?");
            request.RequestUri = new global::System.Uri(uri.AbsoluteUri + separator + global::System.Uri.EscapeDataString(name) + "=" + global::System.Uri.EscapeDataString(value), global::System.UriKind.Absolute);
        }
        #endregion

        #region Security.Cookie
        /// <summary>Adds <c>name=value</c> to the request's <c>Cookie</c> header, refusing a value that would break out of it.</summary>
        private static void AddCookieCredential(global::System.Net.Http.HttpRequestMessage request, string name, string value)
        {
            foreach (char c in value)
            {
                if (c is ';' or ',' or '"' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    throw new global::System.ArgumentException("The value of cookie '" + name + "' contains a character a cookie cannot carry.", nameof(value));
                }
            }

            string pair = name + "=" + value;
            if (request.Headers.TryGetValues("Cookie", out global::System.Collections.Generic.IEnumerable<string>? existing))
            {
                pair = string.Join("; ", existing) + "; " + pair;
                request.Headers.Remove("Cookie");
            }

            request.Headers.TryAddWithoutValidation("Cookie", pair);
        }
        #endregion
    }
}
