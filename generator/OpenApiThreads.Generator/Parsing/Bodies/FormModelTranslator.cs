using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing.Bodies;

/// <summary>
/// Turns the object schema of a multipart or form-urlencoded body into a <see cref="FormModelSpec"/>: each property
/// a file, a text field, or a structured value, written as the spec's <c>encoding</c> says.
/// </summary>
internal sealed class FormModelTranslator
{
    private readonly SchemaTranslator _schemas;
    private readonly DiagnosticBag _diagnostics;

    // One model per component and encoding, however many operations post it.
    private readonly Dictionary<(string, BodyEncoding), FormModelSpec> _byComponent = new();

    public FormModelTranslator(SchemaTranslator schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
    }

    public FormModelSpec Translate(IOpenApiSchema schema, MediaTypes.Choice chosen, string nameHint, string operationId, string pointer)
    {
        string? componentId = schema is OpenApiSchemaReference { Reference.Id: { } id } ? id : null;
        if (componentId is not null && _byComponent.TryGetValue((componentId, chosen.Encoding), out FormModelSpec? known))
        {
            return known;
        }

        string name = componentId is null
            ? _schemas.ClaimTypeName(nameHint)
            : _schemas.FormOnlyComponents.Contains(componentId)
                ? _schemas.ComponentName(componentId)
                : _schemas.ClaimTypeName(_schemas.ComponentName(componentId) + "Form");
        string schemaPointer = componentId is null ? pointer + "/schema" : "#/components/schemas/" + JsonPointer.Escape(componentId);
        IOpenApiSchema target = SchemaFacts.Target(schema) ?? schema;
        if (target.Properties is not { Count: > 0 } && target.AllOf is not { Count: > 0 } && (SchemaFacts.NonNullTypes(target) & JsonSchemaType.Object) == 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, schemaPointer, operationId, "a form body whose schema is not an object with properties", "the body has no fields");
        }

        foreach (string branches in _schemas.TypedBranchPointers(schema, schemaPointer))
        {
            // A form has one field per declared property; a branch's own properties have no field to go in.
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, branches, operationId, "oneOf/anyOf branches in a form body", "only the declared properties are fields; send a branch's fields as a JSON body instead");
        }

        bool multipart = chosen.Encoding == BodyEncoding.Multipart;
        var memberNames = new HashSet<string>(StringComparer.Ordinal) { name, "ToContent" };
        var parts = new List<FormPartSpec>();
        foreach (var (jsonName, propertySchema, propertyPointer, required) in _schemas.PropertiesOf(schema, schemaPointer))
        {
            OpenApiEncoding? encoding = chosen.Media?.Encoding is { } map && map.TryGetValue(jsonName, out OpenApiEncoding? found) ? found : null;
            if (encoding?.Headers is { Count: > 0 })
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/encoding/" + JsonPointer.Escape(jsonName) + "/headers", operationId, "headers of the form part '" + jsonName + "'", "the part is sent without them");
            }

            string propertyName = Identifiers.MakeUnique(Identifiers.ToPascalCase(jsonName), memberNames);
            FormPartSpec part = Part(jsonName, propertyName, propertySchema, propertyPointer, required, encoding, multipart, name);
            if (!multipart && part.Kind is FormPartKind.File or FormPartKind.Files)
            {
                // A form-urlencoded body has no way to carry a file's bytes and name.
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, propertyPointer, operationId, "the file field '" + jsonName + "' of a form-urlencoded body", "the field was left out");
                continue;
            }

            parts.Add(part);
        }

        var spec = new FormModelSpec
        {
            Name = name,
            Encoding = chosen.Encoding,
            Parts = parts.ToImmutableEquatableArray(),
            Description = SchemaFacts.Target(schema)?.Description,
            HasFiles = parts.Any(p => p.Kind is FormPartKind.File or FormPartKind.Files),
        };
        if (componentId is not null)
        {
            _byComponent[(componentId, chosen.Encoding)] = spec;
        }

        return spec;
    }

    private FormPartSpec Part(string jsonName, string propertyName, IOpenApiSchema schema, string pointer, bool required, OpenApiEncoding? encoding, bool multipart, string modelName)
    {
        IOpenApiSchema target = SchemaFacts.Target(schema) ?? schema;
        IOpenApiSchema? items = SchemaFacts.NonNullTypes(target) == JsonSchemaType.Array ? target.Items : null;
        FormPartKind kind;
        TypeRef type;
        if (IsFile(target))
        {
            (kind, type) = (FormPartKind.File, FileTypes.Upload);
        }
        else if (items is not null && IsFile(SchemaFacts.Target(items) ?? items))
        {
            (kind, type) = (FormPartKind.Files, new TypeRef { Kind = TypeRefKind.List, Name = "List", Element = FileTypes.Upload });
        }
        else
        {
            type = _schemas.Resolve(schema, modelName + propertyName, pointer).AsNonNullable();
            kind = IsScalar(target) ? FormPartKind.Text
                : items is not null && IsScalar(SchemaFacts.Target(items) ?? items) ? FormPartKind.TextList
                : FormPartKind.Structured;
        }

        // Form fields are written from the model, so "required" is about whether a value must be set, not JSON null.
        return new FormPartSpec
        {
            JsonName = jsonName,
            Name = propertyName,
            Kind = kind,
            Type = required ? type : type.AsNullable(),
            IsRequired = required,
            ContentType = encoding?.ContentType,
            Style = encoding?.Style == ParameterStyle.DeepObject ? FormStyle.DeepObject : FormStyle.Form,
            Explode = encoding?.Explode ?? true,
            Description = target.Description,
        };
    }

    /// <summary><c>format: binary</c> (Swagger 2.0's <c>type: file</c> reads as that too), or a <c>contentMediaType</c>.</summary>
    private static bool IsFile(IOpenApiSchema target)
        => (SchemaFacts.NonNullTypes(target) & JsonSchemaType.String) != 0
            && (target.Format is "binary" || target is IOpenApiSchemaMissingProperties { ContentMediaType: { Length: > 0 } });

    private static bool IsScalar(IOpenApiSchema target)
    {
        JsonSchemaType types = SchemaFacts.NonNullTypes(target);
        return types != 0 && (types & (JsonSchemaType.Object | JsonSchemaType.Array)) == 0 && target.Properties is not { Count: > 0 }
            && target.OneOf is not { Count: > 0 } && target.AnyOf is not { Count: > 0 } && target.AllOf is not { Count: > 0 };
    }
}
