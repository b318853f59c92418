using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Parsing;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Nothing is dropped without a word, and a generator bug is not passed off as a problem of the spec: each case
/// here gets a diagnostic at the place in the document it is about.
/// </summary>
public sealed class HonestFailureTests
{
    [Fact]
    public void A_scheme_the_client_cannot_send_is_reported_where_it_is_defined()
    {
        string spec = """
            openapi: 3.0.3
            info: {title: Secure, version: '1'}
            security: [{key: []}]
            paths: {/a: {get: {operationId: a, responses: {'204': {description: ok}}}}}
            components:
              securitySchemes:
                key:
                  type: apiKey
                  in: header
            """;
        var (_, result, _) = GeneratorHarness.Run(spec);

        Diagnostic scheme = Assert.Single(result.Diagnostics, d => d.Id == "OATG004" && d.GetMessage().Contains("'key' (apiKey in header without a name)", StringComparison.Ordinal));
        Assert.Contains("sends no credentials", scheme.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(7, scheme.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(GeneratorHarness.ModelOf(result).Security.Schemes);
        Assert.Null(Assert.Single(GeneratorHarness.ModelOf(result).Operations).SecuritySet);
    }

    [Fact]
    public void Every_scheme_and_override_is_supported_and_a_requirement_naming_no_scheme_is_reported()
    {
        string spec = """
            openapi: 3.0.3
            info: {title: Secure, version: '1'}
            security: [{oauth: [read]}, {key: []}]
            paths:
              /global: {get: {operationId: global, responses: {'204': {description: ok}}}}
              /none: {get: {operationId: none, security: [], responses: {'204': {description: ok}}}}
              /both: {get: {operationId: both, security: [{basic: [], key: []}, {ghost: []}], responses: {'204': {description: ok}}}}
              /again: {get: {operationId: again, security: [{oauth: [read]}, {key: []}], responses: {'204': {description: ok}}}}
            components:
              securitySchemes:
                oauth:
                  type: oauth2
                  flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {read: Read}}}
                key: {type: apiKey, in: query, name: api_key}
                basic: {type: http, scheme: basic}
                oidc: {type: openIdConnect, openIdConnectUrl: 'https://auth.example.com/.well-known/openid-configuration'}
            """;
        var (_, result, _) = GeneratorHarness.Run(spec);
        var model = GeneratorHarness.ModelOf(result);

        Diagnostic ghost = Assert.Single(result.Diagnostics, d => d.Id == "OATG004");
        Assert.Contains("'ghost'", ghost.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(["oauth", "key", "basic"], model.Security.Schemes.Select(s => s.Key));
        Assert.Equal([0, null, 1, 0], model.Operations.Select(o => o.SecuritySet));
        Assert.Equal(["basic", "key"], Assert.Single(model.Security.Sets[1].Alternatives).Schemes.Select(u => u.SchemeKey));
        Assert.Equal(["read"], model.Security.Sets[0].Alternatives[0].Schemes[0].Scopes);
    }

    [Fact]
    public void OneOf_branches_in_a_form_body_are_reported_where_they_are_and_required_only_branches_are_not()
    {
        string spec = """
            openapi: 3.0.3
            info: {title: Forms, version: '1'}
            paths:
              /invites:
                post:
                  operationId: invite
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          allOf:
                            - oneOf:
                                - {type: object, required: [a], properties: {a: {type: string}}}
                                - {type: object, required: [b], properties: {b: {type: string}}}
                            - type: object
                              properties: {file: {type: string, format: binary}, c: {type: string}, d: {type: string}}
                              anyOf: [{required: [c]}, {required: [d]}]
                  responses:
                    '204': {description: none}
            """;
        var (output, result, _) = GeneratorHarness.Run(spec);

        Diagnostic branches = Assert.Single(result.Diagnostics, d => d.Id == "OATG004");
        Assert.Equal(12, branches.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("oneOf/anyOf branches in a form body", branches.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void An_optional_body_the_client_cannot_send_is_reported_not_dropped()
    {
        string spec = """
            openapi: 3.0.3
            info: {title: Upload, version: '1'}
            paths:
              /notes:
                post:
                  operationId: addNote
                  requestBody:
                    content:
                      text/event-stream: {schema: {type: string}}
                  responses:
                    '201':
                      description: made
                      content:
                        multipart/form-data: {schema: {type: object, properties: {a: {type: string}}}}
            """;
        var (_, result, _) = GeneratorHarness.Run(spec);

        var messages = result.Diagnostics.Where(d => d.Id == "OATG004").Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage())).ToList();
        Assert.Contains(messages, m => m.Item1 == 7 && m.Item2.Contains("in text/event-stream", StringComparison.Ordinal) && m.Item2.Contains("optional body was left out", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Item1 == 13 && m.Item2.Contains("in multipart/form-data", StringComparison.Ordinal) && m.Item2.Contains("returns no value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_required_header_object_skips_the_operation_with_a_located_warning()
    {
        string spec = """
            openapi: 3.0.3
            info: {title: Filters, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  parameters:
                    - {name: X-Filter, in: header, required: true, schema: {type: object, properties: {a: {type: string}}}}
                  responses:
                    '204': {description: none}
            """;
        var (_, result, _) = GeneratorHarness.Run(spec);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "OATG004");
        Assert.Contains("operation was skipped", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(GeneratorHarness.ModelOf(result).Operations);
    }

    [Theory]
    [InlineData(typeof(NullReferenceException), "OATG007")]
    [InlineData(typeof(IndexOutOfRangeException), "OATG007")]
    [InlineData(typeof(KeyNotFoundException), "OATG007")]
    [InlineData(typeof(InvalidOperationException), "OATG004")]
    [InlineData(typeof(FormatException), "OATG004")]
    public void Guard_tells_a_generator_bug_from_a_malformed_document(Type exceptionType, string expectedId)
    {
        var bag = new DiagnosticBag();
        var translator = new SchemaTranslator(null, new HashSet<string>(), bag);

        bool translated = translator.Guard("#/components/schemas/Broken", "Broken", () => throw (Exception)Activator.CreateInstance(exceptionType)!);

        Assert.False(translated);
        DiagnosticInfo info = Assert.Single(bag.Resolve("/spec.yaml", "openapi: 3.0.3\ncomponents:\n  schemas:\n    Broken: {}\n"));
        Assert.Equal(expectedId, info.Descriptor.Id);
        Assert.Equal(3, info.Span.Start.Line);
        Assert.Contains("Broken", info.ToDiagnostic().GetMessage(), StringComparison.Ordinal);
    }
}
