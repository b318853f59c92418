using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Small snapshots, one feature each, beside the whole-spec one: the one file a feature shapes, for a spec that has
/// only that feature, under <c>Snapshots/FeatureSnapshotTests.{Test}/</c>. A change to a feature shows here as a
/// short diff instead of a ripple through threads.yaml's hundreds of files.
/// </summary>
public sealed class FeatureSnapshotTests
{
    [Fact]
    public void Multipart_body() => Match("""
        openapi: 3.0.3
        info: {title: Feature, version: '1'}
        paths:
          /files:
            post:
              operationId: upload
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [file]
                      properties:
                        file: {type: string, format: binary}
                        more: {type: array, items: {type: string, format: binary}}
                        title: {type: string}
                        tags: {type: array, items: {type: string}}
                        meta: {type: object, properties: {author: {type: string}}}
                    encoding:
                      file: {contentType: image/png}
              responses:
                '204': {description: none}
        """, "UploadRequest.g.cs", "FeatureClient.g.cs");

    [Fact]
    public void Form_body_with_deep_objects() => Match("""
        openapi: 3.0.3
        info: {title: Feature, version: '1'}
        paths:
          /customers:
            post:
              operationId: createCustomer
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [email]
                      properties:
                        email: {type: string}
                        metadata: {type: object, additionalProperties: {type: string}}
                        expand: {type: array, items: {type: string}}
                        codes: {type: array, items: {type: string}}
                    encoding:
                      metadata: {style: deepObject, explode: true}
                      expand: {style: deepObject, explode: true}
                      codes: {explode: false}
              responses:
                '204': {description: none}
        """, "CreateCustomerRequest.g.cs");

    [Fact]
    public void Binary_and_text_bodies_and_responses() => Match("""
        openapi: 3.0.3
        info: {title: Feature, version: '1'}
        paths:
          /blobs/{name}:
            put:
              operationId: putBlob
              parameters: [{name: name, in: path, required: true, schema: {type: string}}]
              requestBody:
                required: true
                content:
                  application/octet-stream: {schema: {type: string, format: binary}}
              responses:
                '200': {description: bytes, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
          /notes:
            post:
              operationId: shout
              requestBody:
                required: true
                content:
                  text/plain: {schema: {type: string}}
              responses:
                '200': {description: text, content: {text/plain: {schema: {type: string}}}}
        """, "FeatureClient.g.cs");

    [Fact]
    public void Parameter_styles_and_locations() => Match("""
        openapi: 3.0.3
        info: {title: Feature, version: '1'}
        paths:
          /items/{ids}/{label}/{matrix}:
            get:
              operationId: getItems
              parameters:
                - {name: ids, in: path, required: true, schema: {type: array, items: {type: integer}}}
                - {name: label, in: path, required: true, style: label, schema: {type: string}}
                - {name: matrix, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: string}}}
                - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {status: {type: string}}}}
                - {name: day, in: query, schema: {type: string, format: date}}
                - {name: raw, in: query, allowReserved: true, schema: {type: string}}
                - {name: X-Ids, in: header, schema: {type: array, items: {type: integer}}}
                - {name: session, in: cookie, schema: {type: string}}
              responses:
                '204': {description: none}
        """, "FeatureClient.g.cs");

    [Fact]
    public void Union_read_plan() => Match("""
        openapi: 3.0.3
        info: {title: Feature, version: '1'}
        paths: {}
        components:
          schemas:
            Choice:
              oneOf:
                - {type: string, enum: [auto, none]}
                - {type: string, enum: [none, required]}
                - {$ref: '#/components/schemas/Named'}
                - {$ref: '#/components/schemas/Loose'}
                - {type: integer}
            Named: {type: object, required: [name], properties: {name: {type: string}}}
            Loose: {type: object, properties: {note: {type: string}}}
        """, "Feature.Choice.g.cs");

    [Fact]
    public void OneOf_beside_properties() => Match("""
        openapi: 3.1.0
        info: {title: Feature, version: '1'}
        paths: {}
        components:
          schemas:
            Payment:
              type: object
              required: [id]
              properties:
                id: {type: string}
                method: {type: string}
              oneOf:
                - {$ref: '#/components/schemas/Card'}
                - {$ref: '#/components/schemas/Transfer'}
            Card: {type: object, required: [method, number], properties: {method: {type: string, enum: [card]}, number: {type: string}}}
            Transfer: {type: object, required: [method, iban], properties: {method: {type: string, enum: [transfer]}, iban: {type: string}}}
        """, "Feature.Payment.g.cs", "FeatureJsonContext.Payment.g.cs");

    private static void Match(string spec, string fileEnd, string? secondFileEnd = null, [CallerMemberName] string test = "")
    {
        var (output, result, _) = GeneratorHarness.Run(spec, metadata: new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "Feature",
            ["build_metadata.AdditionalFiles.OpenApiClientName"] = "FeatureClient",
        });
        Assert.Empty(GeneratorHarness.Problems(output));
        Snapshot.Match(nameof(FeatureSnapshotTests) + "." + test, fileEnd, GeneratorHarness.Source(result, fileEnd));
        if (secondFileEnd is not null)
        {
            Snapshot.Match(nameof(FeatureSnapshotTests) + "." + test, secondFileEnd, GeneratorHarness.Source(result, secondFileEnd));
        }
    }
}
