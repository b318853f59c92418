using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OpenApiThreads.Tests.SecurityMatrix;
using Xunit;

namespace OpenApiThreads.Tests.Security;

/// <summary>
/// Specs/security.yaml over real HTTP: every scheme and every shape of requirement, with every credential set, and
/// for each operation exactly which credentials reach the loopback server.
/// </summary>
public sealed class SecuritySchemeTests : IAsyncLifetime
{
    private RecordingServer _server = null!;
    private readonly HttpClient _http = new();
    private readonly List<IReadOnlyList<string>> _scopesAsked = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await RecordingServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>A client with every credential set, so each operation shows which it picks.</summary>
    private SecurityMatrixClient Everything(Action<SecurityMatrixClientOptions>? change = null)
    {
        var options = new SecurityMatrixClientOptions
        {
            BaseAddress = _server.BaseAddress,
            Bearer = "bearer-token",
            BasicUserName = "aladdin",
            BasicPassword = "opensesame",
            Token = "token-credentials",
            HeaderKey = "header-key",
            QueryKey = "query-key",
            CookieKey = "cookie-key",
            OauthProvider = (scopes, _) => { _scopesAsked.Add(scopes); return ValueTask.FromResult("oauth-token"); },
            Oidc = "oidc-token",
        };
        change?.Invoke(options);
        return new SecurityMatrixClient(_http, options);
    }

    /// <summary>The credentials one request carried, as "where=value" strings, and nothing else.</summary>
    private List<string> Sent()
    {
        RecordedRequest request = _server.Single();
        _server.Requests.Clear();
        var found = new List<string>();
        if (request.Authorization is { } authorization)
        {
            found.Add("Authorization=" + authorization);
        }

        if (request.ApiKeyHeader is { } key)
        {
            found.Add("X-Api-Key=" + key);
        }

        if (request.Query.Contains("api_key", StringComparison.Ordinal))
        {
            found.Add("query=" + request.Query);
        }

        if (request.Cookie is { } cookie)
        {
            found.Add("Cookie=" + cookie);
        }

        return found;
    }

    [Fact]
    public async Task Each_operation_sends_exactly_the_credentials_its_requirement_names()
    {
        SecurityMatrixClient client = Everything();

        await client.UsesGlobalAsync(Token);
        Assert.Equal(["Authorization=Bearer bearer-token"], Sent());

        await client.UsesBasicAsync(Token);
        Assert.Equal(["Authorization=Basic YWxhZGRpbjpvcGVuc2VzYW1l"], Sent());

        await client.UsesTokenAsync(Token);
        Assert.Equal(["Authorization=Token token-credentials"], Sent());

        await client.UsesHeaderKeyAsync(Token);
        Assert.Equal(["X-Api-Key=header-key"], Sent());

        await client.UsesQueryKeyAsync(limit: 2, cancellationToken: Token);
        Assert.Equal(["query=?limit=2&api_key=query-key"], Sent());

        await client.UsesCookieKeyAsync(Token);
        Assert.Equal(["Cookie=session=cookie-key"], Sent());

        await client.UsesOAuthAsync(Token);
        Assert.Equal(["Authorization=Bearer oauth-token"], Sent());

        await client.UsesOpenIdConnectAsync(Token);
        Assert.Equal(["Authorization=Bearer oidc-token"], Sent());
    }

    [Fact]
    public async Task Alternatives_send_the_first_that_is_configured_and_a_combination_sends_all_of_its_schemes()
    {
        await Everything().UsesHeaderKeyOrBasicAsync(Token);
        Assert.Equal(["X-Api-Key=header-key"], Sent());

        await Everything(o => o.HeaderKey = null).UsesHeaderKeyOrBasicAsync(Token);
        Assert.Equal(["Authorization=Basic YWxhZGRpbjpvcGVuc2VzYW1l"], Sent());

        await Everything().UsesHeaderKeyAndQueryKeyAsync(Token);
        Assert.Equal(["X-Api-Key=header-key", "query=?api_key=query-key"], Sent());

        // Half a combination is not the combination: nothing is sent rather than one credential on its own.
        await Everything(o => o.QueryKey = null).UsesHeaderKeyAndQueryKeyAsync(Token);
        Assert.Empty(Sent());
    }

    [Fact]
    public async Task Security_none_sends_nothing_and_optional_security_sends_a_credential_only_when_set()
    {
        await Everything().UsesNothingAsync(Token);
        Assert.Empty(Sent());

        await Everything().UsesHeaderKeyOptionallyAsync(Token);
        Assert.Equal(["X-Api-Key=header-key"], Sent());

        await Everything(o => o.HeaderKey = null).UsesHeaderKeyOptionallyAsync(Token);
        Assert.Empty(Sent());
    }

    [Fact]
    public async Task The_token_provider_gets_the_operations_scopes_and_a_refreshed_token_is_used_on_the_next_call()
    {
        int calls = 0;
        var scopes = new List<IReadOnlyList<string>>();
        SecurityMatrixClient client = Everything(o => o.OauthProvider = (asked, _) =>
        {
            scopes.Add(asked);
            return ValueTask.FromResult("token-" + Interlocked.Increment(ref calls));
        });

        await client.UsesOAuthAsync(Token);
        Assert.Equal(["Authorization=Bearer token-1"], Sent());
        await client.UsesOAuthAsync(Token);
        Assert.Equal(["Authorization=Bearer token-2"], Sent());

        Assert.All(scopes, s => Assert.Equal(["read", "write"], s));
        await client.UsesNothingAsync(Token);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void ToString_says_which_credentials_are_set_and_never_what_they_are()
    {
        var options = new SecurityMatrixClientOptions { Bearer = "secret-bearer", BasicUserName = "secret-user", BasicPassword = "secret-password", QueryKey = "secret-query" };

        string text = options.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("Bearer = (set)", text, StringComparison.Ordinal);
        Assert.Contains("HeaderKey = (not set)", text, StringComparison.Ordinal);
        Assert.Contains("QueryKey = (set)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_call_never_shows_a_credential_in_its_message()
    {
        _server.Answer = async context =>
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("{}", Token);
            return true;
        };
        SecurityMatrixClient client = Everything(o => o.MaxRetries = 0);

        var failure = await Assert.ThrowsAsync<SecurityMatrixApiException>(() => client.UsesHeaderKeyAndQueryKeyAsync(Token));

        Assert.Equal(401, failure.StatusCode);
        Assert.DoesNotContain("key", failure.ToString().Replace("UsesHeaderKeyAndQueryKey", string.Empty, StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_scheme_no_operation_requires_gets_no_options_property()
        => Assert.Null(typeof(SecurityMatrixClientOptions).GetProperty("Unused"));
}
