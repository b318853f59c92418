using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using OpenApiThreads.Generator.Emit;
using OpenApiThreads.Generator.Emit.Security;
using OpenApiThreads.Generator.Emit.Templates;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;
using OpenApiThreads.Generator.Model.Security;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// The embedded transport templates: every region is found and used, every placeholder is replaced, and each credential
/// and streaming variant compiles in a generated client. (The templates' behaviour is tested in OpenApiThreads.Templates.Tests.)
/// </summary>
public sealed class TransportTemplateTests
{
    private static readonly EmitHeader Header = new("Acme.Billing", "BillingClient", "BillingClientOptions", "BillingJsonContext", "BillingApiException", "BillingUnion", "Billing", "public", "/project/billing.yaml");

    /// <summary>Each kind of credential (by name: the enum is internal), or none, without and with streaming.</summary>
    public static TheoryData<string, bool> Variants()
    {
        var data = new TheoryData<string, bool>();
        foreach (string kind in Enum.GetNames<CredentialKind>().Append("None"))
        {
            data.Add(kind, false);
            data.Add(kind, true);
        }

        return data;
    }

    [Fact]
    public void Every_embedded_region_is_used_by_some_variant_and_every_used_region_is_embedded()
    {
        var used = new HashSet<string>(TransportEmitter.Regions(hasStreaming: true, hasCookies: true, allowsReserved: true), StringComparer.Ordinal);
        used.UnionWith(SecurityEmitter.Regions(Enum.GetValues<CredentialKind>().Select(Scheme).ToImmutableEquatableArray()));

        // The file types are whole regions of their own, copied by the body emitters.
        used.UnionWith([FileTypes.UploadName, FileTypes.DownloadName, FileTypes.FormEncodingName]);

        Assert.Equal(used.Order(StringComparer.Ordinal), TemplateLibrary.Names.Order(StringComparer.Ordinal));
        Assert.All(used, name => Assert.NotEmpty(TemplateLibrary.Get(name).Lines));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void No_placeholder_survives_in_the_emitted_transport(string credentialKind, bool streaming)
    {
        CredentialKind? kind = credentialKind == "None" ? null : Enum.Parse<CredentialKind>(credentialKind);
        string text = Emit(kind, streaming);

        Assert.DoesNotMatch(new Regex(@"\w*Template\w*|OpenApiThreads\.Templates|#region|#endregion"), text);
        Assert.Contains("public partial class BillingClient", text, StringComparison.Ordinal);
        Assert.Contains("global::Acme.Billing.BillingApiException.CopyHeaders(response)", text, StringComparison.Ordinal);
        Assert.Contains("global::Acme.Billing.BillingJsonContext.FastReader<T>", text, StringComparison.Ordinal);
        Assert.Contains("\"Set BillingClientOptions.BaseAddress: the document names no server.\"", text, StringComparison.Ordinal);
        Assert.Equal(streaming, text.Contains("ReadEventsAsync", StringComparison.Ordinal));
        Assert.Equal(kind == CredentialKind.Bearer, text.Contains("TokenAsync(", StringComparison.Ordinal));
        Assert.Equal(kind is CredentialKind.Bearer or CredentialKind.Basic or CredentialKind.Authorization, text.Contains("SetAuthorization(", StringComparison.Ordinal));
        Assert.Equal(kind == CredentialKind.Basic, text.Contains("BasicCredentials(", StringComparison.Ordinal));
        Assert.Equal(kind == CredentialKind.ApiKeyQuery, text.Contains("AddQueryCredential(", StringComparison.Ordinal));
        Assert.Equal(kind == CredentialKind.ApiKeyCookie, text.Contains("AddCookieCredential(", StringComparison.Ordinal));
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}\n            foreach", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bearer: {type: http, scheme: bearer}", "SetAuthorization(request, \"Bearer\", await TokenAsync(_options.Bearer, _options.BearerProvider")]
    [InlineData("key: {type: apiKey, in: header, name: X-Api-Key}", "SetHeader(request, \"X-Api-Key\", _options.Key);")]
    [InlineData("key: {type: apiKey, in: query, name: api_key}", "AddQueryCredential(request, \"api_key\", _options.Key);")]
    [InlineData("key: {type: apiKey, in: cookie, name: sid}", "AddCookieCredential(request, \"sid\", _options.Key);")]
    [InlineData("login: {type: http, scheme: basic}", "BasicCredentials(_options.LoginUserName, _options.LoginPassword)")]
    [InlineData("hoba: {type: http, scheme: HOBA}", "SetAuthorization(request, \"HOBA\", _options.Hoba);")]
    [InlineData("oauth: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://a.test/', scopes: {read: Read}}}}", "TokenAsync(_options.Oauth, _options.OauthProvider, s_scopes0")]
    [InlineData("oidc: {type: openIdConnect, openIdConnectUrl: 'https://a.test/.well-known/openid-configuration'}", "TokenAsync(_options.Oidc, _options.OidcProvider")]
    [InlineData(null, null)]
    public void Each_scheme_compiles_in_a_generated_client_with_streaming(string? scheme, string? expected)
    {
        string name = scheme?.Substring(0, scheme.IndexOf(':', StringComparison.Ordinal)) ?? "none";
        string spec = """
            openapi: 3.0.3
            info: {title: Billing, version: '1'}
            paths:
              /invoices/{id}:
                get:
                  operationId: getInvoice
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json: {schema: {$ref: '#/components/schemas/Invoice'}}
                        text/event-stream: {schema: {$ref: '#/components/schemas/Invoice'}}
            components:
              schemas:
                Invoice: {type: object, properties: {id: {type: string}}}
            """ + (scheme is null ? string.Empty : "\n  securitySchemes:\n    " + scheme + "\nsecurity: [{" + name + ": [read]}]\n");

        var (output, result, _) = GeneratorHarness.Run(spec);

        var sources = result.Results.Single().GeneratedSources;
        string transport = sources.Single(s => s.HintName.EndsWith(".Transport.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        string client = sources.Single(s => s.HintName.EndsWith(".BillingClient.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("ReadEventsAsync", transport, StringComparison.Ordinal);
        if (expected is null)
        {
            Assert.DoesNotContain(sources, s => s.HintName.EndsWith(".Security.g.cs", StringComparison.Ordinal));
            Assert.DoesNotContain("ApplySecurity", client, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expected, sources.Single(s => s.HintName.EndsWith(".Security.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
            Assert.Equal(2, Regex.Count(client, "await ApplySecurity0Async\\(request, cancellationToken\\)"));
        }

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Theory]
    [InlineData("new ApiClientTemplate(x)", "new BillingClient(x)")]
    [InlineData("global::OpenApiThreads.Templates.ApiExceptionTemplate<TError>", "global::Acme.Billing.BillingApiException<TError>")]
    [InlineData("\"Set ApiOptionsTemplate.BaseAddress\"", "\"Set BillingClientOptions.BaseAddress\"")]
    [InlineData("ApiJsonContextTemplate.FastReader<T>? fastRead", "BillingJsonContext.FastReader<T>? fastRead")]
    [InlineData("MyApiClientTemplate ApiClientTemplates _ApiOptionsTemplate ApiOptionsTemplate2", "MyApiClientTemplate ApiClientTemplates _ApiOptionsTemplate ApiOptionsTemplate2")]
    [InlineData("OpenApiThreads.TemplatesX Foo.OpenApiThreads.Template OpenApiThreads", "OpenApiThreads.TemplatesX Foo.OpenApiThreads.Template OpenApiThreads")]
    [InlineData("", "")]
    public void Names_are_replaced_as_whole_identifiers(string template, string expected)
        => Assert.Equal(expected, TemplateNames.For(Header).Apply(template));

    [Fact]
    public void Regions_are_cut_out_and_de_indented()
    {
        string text = "// comment\r\nclass C\r\n{\r\n    #region One\r\n    int a;\r\n\r\n        int b;   \r\n    #endregion\r\n    int hidden;\r\n  #region Two\r\n  x\r\n  #endregion\r\n}\r\n";

        var fragments = TemplateLibrary.Split("test.cs", text).ToList();

        Assert.Equal(["One", "Two"], fragments.Select(f => f.Name));
        Assert.Equal(["int a;", "", "    int b;"], fragments[0].Lines);
        Assert.Equal(["x"], fragments[1].Lines);
    }

    [Theory]
    [InlineData("#region A\n#region B\n#endregion\n#endregion\n", "starts inside region 'A'")]
    [InlineData("#region A\nx\n", "has no #endregion")]
    [InlineData("#endregion\n", "without #region")]
    [InlineData("    #region A\n  x\n    #endregion\n", "starts left of its #region")]
    public void A_malformed_template_is_refused(string text, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TemplateLibrary.Split("test.cs", text).ToList());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static string Emit(CredentialKind? kind, bool streaming)
        => TransportEmitter.Emit(new TransportEmitItem(kind is { } k ? new[] { Scheme(k) }.ToImmutableEquatableArray() : ImmutableEquatableArray<SecuritySchemeSpec>.Empty, streaming) { Header = Header });

    private static SecuritySchemeSpec Scheme(CredentialKind kind)
        => new() { Key = "billing", PropertyName = "Billing", Kind = kind, Name = "X-Billing-Key", SpecType = "test" };
}
