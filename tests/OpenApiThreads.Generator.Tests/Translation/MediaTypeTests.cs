using System.Linq;
using System.Collections.Generic;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Parsing;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Translation;

/// <summary>One classification step names every body's encoding; the emitters only switch on it.</summary>
public sealed class MediaTypeTests
{
    [Theory]
    [InlineData("application/json", "Json")]
    [InlineData("Application/JSON; charset=utf-8", "Json")]
    [InlineData("application/problem+json", "Json")]
    [InlineData("multipart/form-data", "Multipart")]
    [InlineData("multipart/mixed; boundary=x", "Binary")]
    [InlineData("application/x-www-form-urlencoded", "Form")]
    [InlineData("application/octet-stream", "Binary")]
    [InlineData("image/png", "Binary")]
    [InlineData("*/*", "Binary")]
    [InlineData("text/plain", "Text")]
    [InlineData("application/xml", "Text")]
    [InlineData("text/event-stream", "EventStream")]
    public void Each_media_type_has_one_encoding(string mediaType, string expected)
        => Assert.Equal(expected, MediaTypes.Classify(mediaType).ToString());

    [Fact]
    public void The_preferred_encoding_wins_whatever_the_order_in_the_spec()
    {
        var content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/xml"] = new OpenApiMediaType(),
            ["application/json; charset=utf-8"] = new OpenApiMediaType(),
        };

        MediaTypes.Choice? choice = MediaTypes.Pick(content, BodyEncoding.Json, BodyEncoding.Text);

        Assert.Equal(("application/json; charset=utf-8".Split(';')[0], BodyEncoding.Json), (choice!.Value.MediaType, choice.Value.Encoding));
        Assert.Null(MediaTypes.Pick(content, BodyEncoding.Multipart));
    }

    [Fact]
    public void The_model_carries_the_encoding_of_bodies_and_responses()
    {
        string spec = """
            openapi: 3.0.3
            info: {title: Media, version: '1'}
            paths:
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    required: true
                    content:
                      application/merge-patch+json:
                        schema: {type: object, properties: {name: {type: string}}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, properties: {id: {type: string}}}
              /things/{id}:
                delete:
                  operationId: deleteThing
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '204': {description: gone}
            """;
        var (_, result, _) = GeneratorHarness.Run(spec);
        ApiModel model = GeneratorHarness.ModelOf(result);

        OperationSpec create = Assert.Single(model.Operations, o => o.Name == "CreateThing");
        Assert.Equal((BodyEncoding.Json, "application/merge-patch+json"), (create.Body!.Encoding, create.Body.MediaType));
        Assert.Equal(BodyEncoding.Json, create.Response.Encoding);
        OperationSpec delete = Assert.Single(model.Operations, o => o.Name == "DeleteThing");
        Assert.Equal(ResponseSpec.Empty, delete.Response);
    }

    [Fact]
    public void Swagger_2_form_data_and_file_parameters_become_a_multipart_model_with_a_file_part()
    {
        string spec = """
            swagger: '2.0'
            info: {title: Upload, version: '1'}
            host: pets.example.com
            paths:
              /pets/{petId}/uploadImage:
                post:
                  operationId: uploadFile
                  consumes: [multipart/form-data]
                  parameters:
                    - {name: petId, in: path, required: true, type: integer, format: int64}
                    - {name: additionalMetadata, in: formData, required: false, type: string}
                    - {name: file, in: formData, required: true, type: file}
                  responses:
                    '200': {description: ok}
            """;
        var (output, result, _) = GeneratorHarness.Run(spec);
        ApiModel model = GeneratorHarness.ModelOf(result);

        RequestBodySpec body = Assert.Single(model.Operations).Body!;
        Assert.Equal(BodyEncoding.Multipart, body.Encoding);
        Assert.Equal(
            [("additionalMetadata", "Text", false), ("file", "File", true)],
            body.Form!.Parts.Select(p => (p.JsonName, p.Kind.ToString(), p.IsRequired)).OrderBy(p => p.JsonName, System.StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.Problems(output));
    }
}
