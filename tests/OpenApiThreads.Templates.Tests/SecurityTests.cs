using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Templates;
using Xunit;

namespace OpenApiThreads.Templates.Tests;

/// <summary>The helpers the generated security methods call: where each kind of credential goes, and what is refused.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task A_token_provider_wins_over_the_fixed_token_and_receives_the_scopes()
    {
        IReadOnlyList<string>? asked = null;
        string? token = await ApiClientTemplate.TestTokenAsync("fixed", (scopes, _) => { asked = scopes; return ValueTask.FromResult("fresh"); }, ["read:pets"], CancellationToken.None);

        Assert.Equal("fresh", token);
        Assert.Equal(["read:pets"], asked);
        Assert.Equal("fixed", await ApiClientTemplate.TestTokenAsync("fixed", null, [], CancellationToken.None));
    }

    [Theory]
    [InlineData("Bearer", "t1", "Bearer t1")]
    [InlineData("Digest", "username=\"a\"", "Digest username=\"a\"")]
    [InlineData("Bearer", "", null)]
    [InlineData("Bearer", null, null)]
    public void Authorization_is_set_only_with_credentials(string scheme, string? credentials, string? expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/");
        ApiClientTemplate.TestSetAuthorization(request, scheme, credentials);
        Assert.Equal(expected, request.Headers.Authorization?.ToString());
    }

    [Fact]
    public void A_credential_with_a_line_break_is_refused_without_showing_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/");
        var error = Assert.Throws<ArgumentException>(() => ApiClientTemplate.TestSetAuthorization(request, "Bearer", "secret\r\nX-Evil: 1"));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_credentials_are_base64_of_user_colon_password()
    {
        Assert.Equal("YWxhZGRpbjpvcGVuc2VzYW1l", ApiClientTemplate.TestBasicCredentials("aladdin", "opensesame"));
        Assert.Equal("dTo=", ApiClientTemplate.TestBasicCredentials("u", null));
        Assert.Throws<ArgumentException>(() => ApiClientTemplate.TestBasicCredentials("a:b", "c"));
    }

    [Theory]
    [InlineData("https://api.example.test/pets", "https://api.example.test/pets?api_key=k%20%26")]
    [InlineData("https://api.example.test/pets?limit=2", "https://api.example.test/pets?limit=2&api_key=k%20%26")]
    public void A_query_key_is_appended_escaped(string uri, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        ApiClientTemplate.TestAddQueryCredential(request, "api_key", "k &");
        Assert.Equal(expected, request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void Cookie_keys_join_one_cookie_header_and_a_breaking_value_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/");
        ApiClientTemplate.TestAddCookieCredential(request, "session", "s1");
        ApiClientTemplate.TestAddCookieCredential(request, "csrf", "c1");

        Assert.Equal("session=s1; csrf=c1", Assert.Single(request.Headers.GetValues("Cookie")));
        var error = Assert.Throws<ArgumentException>(() => ApiClientTemplate.TestAddCookieCredential(request, "x", "secret; admin=1"));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
