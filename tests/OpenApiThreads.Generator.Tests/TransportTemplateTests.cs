using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using OpenApiThreads.Generator.Emit;
using OpenApiThreads.Generator.Emit.Templates;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// The embedded transport templates: every region is found and used, every placeholder is replaced, and each auth and
/// streaming variant compiles in a generated client. (The templates' behaviour is tested in OpenApiThreads.Templates.Tests.)
/// </summary>
public sealed class TransportTemplateTests
{
    private static readonly EmitHeader Header = new("Acme.Billing", "BillingClient", "BillingClientOptions", "BillingJsonContext", "BillingApiException", "Billing", "public", "/project/billing.yaml");

    /// <summary>Each auth kind (by name: the enum is internal), without and with streaming.</summary>
    public static TheoryData<string, bool> Variants()
    {
        var data = new TheoryData<string, bool>();
        foreach (string kind in Enum.GetNames<AuthKind>())
        {
            data.Add(kind, false);
            data.Add(kind, true);
        }

        return data;
    }

    [Fact]
    public void Every_embedded_region_is_used_by_some_variant_and_every_used_region_is_embedded()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (AuthKind kind in Enum.GetValues<AuthKind>())
        {
            used.UnionWith(TransportEmitter.Regions(hasStreaming: true, hasCookies: true, allowsReserved: true));
            if (TransportEmitter.AuthFragment(kind) is { } auth)
            {
                used.Add(auth);
            }
        }

        // The file types are whole regions of their own, copied by the body emitters.
        used.UnionWith([FileTypes.UploadName, FileTypes.DownloadName, FileTypes.FormEncodingName]);

        Assert.Equal(used.Order(StringComparer.Ordinal), TemplateLibrary.Names.Order(StringComparer.Ordinal));
        Assert.All(used, name => Assert.NotEmpty(TemplateLibrary.Get(name).Lines));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void No_placeholder_survives_in_the_emitted_transport(string authKind, bool streaming)
    {
        AuthKind kind = Enum.Parse<AuthKind>(authKind);
        string text = Emit(kind, streaming);

        Assert.DoesNotMatch(new Regex(@"\w*Template\w*|OpenApiThreads\.Templates|#region|#endregion"), text);
        Assert.Contains("public partial class BillingClient", text, StringComparison.Ordinal);
        Assert.Contains("global::Acme.Billing.BillingApiException.CopyHeaders(response)", text, StringComparison.Ordinal);
        Assert.Contains("global::Acme.Billing.BillingJsonContext.FastReader<T>", text, StringComparison.Ordinal);
        Assert.Contains("\"Set BillingClientOptions.BaseAddress: the document names no server.\"", text, StringComparison.Ordinal);
        Assert.Equal(streaming, text.Contains("ReadEventsAsync", StringComparison.Ordinal));
        Assert.Equal(kind == AuthKind.Bearer, text.Contains("\"Bearer\"", StringComparison.Ordinal));
        Assert.Equal(kind == AuthKind.HeaderApiKey, text.Contains("SetHeader(request, \"X-Billing-Key\\n\", _options.ApiKey!);", StringComparison.Ordinal));
        Assert.Equal(kind != AuthKind.None, text.Contains("_options.ApiKey", StringComparison.Ordinal));
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}\n            foreach", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bearer: {type: http, scheme: bearer}", "\"Bearer\"")]
    [InlineData("key: {type: apiKey, in: header, name: X-Api-Key}", "SetHeader(request, \"X-Api-Key\", _options.ApiKey!);")]
    [InlineData(null, null)]
    public void Each_auth_variant_compiles_in_a_generated_client_with_streaming(string? scheme, string? expected)
    {
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
            """ + (scheme is null ? string.Empty : "\n  securitySchemes:\n    " + scheme + "\n");

        var (output, result, _) = GeneratorHarness.Run(spec);

        string transport = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".Transport.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("ReadEventsAsync", transport, StringComparison.Ordinal);
        if (expected is null)
        {
            Assert.DoesNotContain("ApiKey", transport, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expected, transport, StringComparison.Ordinal);
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
    [InlineData("SetHeader(request, ApiKeyHeaderTemplate, key)", "SetHeader(request, \"X-Key\", key)")]
    [InlineData("", "")]
    public void Names_are_replaced_as_whole_identifiers(string template, string expected)
        => Assert.Equal(expected, TemplateNames.For(Header, "\"X-Key\"").Apply(template));

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

    private static string Emit(AuthKind kind, bool streaming)
        => TransportEmitter.Emit(new TransportEmitItem(new AuthSpec(kind, kind == AuthKind.HeaderApiKey ? "X-Billing-Key\n" : null), streaming) { Header = Header });
}
