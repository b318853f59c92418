// Template: helpers for parameter locations and styles only some specs use; the generator copies each region into a
// client's Transport file only when one of its operations needs it.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Parameters.Cookies
        /// <summary>Adds <c>name=value</c> to the request's one Cookie header, after any pair already there.</summary>
        private static void AddCookie(global::System.Net.Http.HttpRequestMessage request, string name, string value)
        {
            string pair = global::System.Uri.EscapeDataString(name) + "=" + global::System.Uri.EscapeDataString(value);
            string cookie = request.Headers.TryGetValues("Cookie", out global::System.Collections.Generic.IEnumerable<string>? existing)
                ? string.Join("; ", existing) + "; " + pair
                : pair;
            request.Headers.Remove("Cookie");
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }
        #endregion

        #region Parameters.AllowReserved
        /// <summary>
        /// A query pair whose value keeps RFC 3986's reserved characters as they are (OpenAPI <c>allowReserved</c>).
        /// '#' is still escaped: it would end the query and start a fragment.
        /// </summary>
        private static void AppendQueryAllowingReserved(global::System.Text.StringBuilder query, string name, string value)
        {
            query.Append(query.Length == 0 ? '?' : '&');
            query.Append(global::System.Uri.EscapeDataString(name));
            query.Append('=');
            int start = 0;
            for (int i = 0; i <= value.Length; i++)
            {
                if (i < value.Length && !IsReservedInQuery(value[i]))
                {
                    continue;
                }

                query.Append(global::System.Uri.EscapeDataString(value.Substring(start, i - start)));
                if (i < value.Length)
                {
                    query.Append(value[i]);
                }

                start = i + 1;
            }
        }

        private static bool IsReservedInQuery(char c) => c is ':' or '/' or '?' or '[' or ']' or '@' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';
        #endregion
    }
}
