using Microsoft.OpenApi;
using OpenApiThreads.Generator.Diagnostics;

namespace OpenApiThreads.Generator.Parsing;

internal sealed partial class SchemaTranslator
{
    /// <summary>
    /// Parts of an object schema the class cannot express. Nothing is lost at run time (the class's AdditionalData
    /// keeps every property it does not declare), but a user would expect typed members, so each gets an OATG004
    /// that names the schema and the construct.
    /// </summary>
    private void ReportUnsupportedObjectParts(IOpenApiSchema schema, string name, string pointer)
    {
        if (SchemaFacts.NonNullBranches(schema).Count > 0)
        {
            string keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/" + keyword, name, keyword + " beside properties", "the class has the listed properties only, and keeps the branches' other properties in AdditionalData");
        }

        // A discriminator beside properties makes a class hierarchy: ApplyPolymorphism reports what it cannot honour.

        if (schema.AllOf is { } parts)
        {
            for (int i = 0; i < parts.Count; i++)
            {
                IOpenApiSchema? part = SchemaFacts.Target(parts[i]);
                if (part is not null && SchemaFacts.NonNullBranches(part).Count > 0)
                {
                    _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/allOf/" + i, name, "an allOf part that is a oneOf/anyOf", "its branches' properties are not merged into the class, and are kept in AdditionalData");
                }
            }
        }
    }
}
