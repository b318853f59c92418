// Template: the auth variants. The generator writes one region's lines in place of ApplyAuthTemplate(request) in
// CreateRequest, or nothing when the spec declares no supported scheme. The lines are inlined rather than emitted as a
// method so a client without auth carries no auth code, and the methods around them exist only so the lines compile
// here and tests can run each variant.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        private void BearerAuthTemplate(global::System.Net.Http.HttpRequestMessage request)
        {
            #region Auth.Bearer
            if (!string.IsNullOrEmpty(_options.ApiKey))
            {
                request.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _options.ApiKey);
            }
            #endregion
        }

        private void HeaderApiKeyAuthTemplate(global::System.Net.Http.HttpRequestMessage request)
        {
            #region Auth.HeaderApiKey
            if (!string.IsNullOrEmpty(_options.ApiKey))
            {
                SetHeader(request, ApiKeyHeaderTemplate, _options.ApiKey!);
            }
            #endregion
        }
    }
}
