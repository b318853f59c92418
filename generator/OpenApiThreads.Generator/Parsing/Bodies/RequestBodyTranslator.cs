using System.Collections.Generic;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;

namespace OpenApiThreads.Generator.Parsing.Bodies;

/// <summary>
/// Chooses the media type a request body is sent as (JSON first, then the best the client can write) and gives the
/// body parameter its type. A body that cannot be sent is reported where it is declared, never dropped quietly.
/// </summary>
internal sealed class RequestBodyTranslator
{
    private static readonly BodyEncoding[] Preference = [BodyEncoding.Json, BodyEncoding.Multipart, BodyEncoding.Form, BodyEncoding.Binary, BodyEncoding.Text];

    private readonly SchemaTranslator _schemas;
    private readonly FormModelTranslator _forms;
    private readonly DiagnosticBag _diagnostics;

    public RequestBodyTranslator(SchemaTranslator schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _forms = new FormModelTranslator(schemas, diagnostics);
        _diagnostics = diagnostics;
    }

    /// <summary>The content entry the client sends, or null when it can send none of them.</summary>
    public static MediaTypes.Choice? Choose(IDictionary<string, IOpenApiMediaType>? content) => MediaTypes.Pick(content, Preference);

    /// <summary>The body, or null with a diagnostic; <paramref name="skip"/> says the operation cannot be called without it.</summary>
    public RequestBodySpec? Translate(IOpenApiRequestBody requestBody, string operationId, string methodName, string pointer, out bool skip)
    {
        skip = false;
        if (Choose(requestBody.Content) is not { } chosen)
        {
            string what = "a request body in " + MediaTypes.Describe(requestBody.Content);
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/requestBody", operationId, what, requestBody.Required ? "the operation was skipped" : "the optional body was left out");
            skip = requestBody.Required;
            return null;
        }

        string contentPointer = pointer + "/requestBody/content/" + JsonPointer.Escape(chosen.MediaType);
        IOpenApiSchema schema = chosen.Media?.Schema ?? new OpenApiSchema();
        FormModelSpec? form = null;
        TypeRef type;
        switch (chosen.Encoding)
        {
            case BodyEncoding.Json:
                type = _schemas.Resolve(schema, methodName + "Request", pointer + "/requestBody/content").AsNonNullable();
                break;
            case BodyEncoding.Multipart or BodyEncoding.Form:
                form = _forms.Translate(schema, chosen, methodName + "Request", operationId, contentPointer);
                type = new TypeRef { Kind = TypeRefKind.Generated, Name = form.Name };
                break;
            case BodyEncoding.Text:
                type = BuiltInTypes.String;
                break;
            default:
                type = FileTypes.Upload;
                break;
        }

        return new RequestBodySpec
        {
            Encoding = chosen.Encoding,
            MediaType = chosen.MediaType,
            Type = type,
            IsRequired = requestBody.Required,
            Description = requestBody.Description,
            Form = form,
        };
    }
}
