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
        // oneOf/anyOf beside properties (here or in an allOf part) is typed or reported by
        // Composition/SchemaTranslator.Composition.cs.
        if (SchemaFacts.NonNullBranches(schema).Count == 0 && schema.Discriminator is not null)
        {
            // A discriminator on a base schema asks for polymorphism through allOf (Swagger 2.0 style); only
            // oneOf/anyOf unions choose a type by tag.
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/discriminator", name, "a discriminator without oneOf or anyOf", "values are read as " + name + ", not as the schemas that extend it; list them in a oneOf to choose by tag");
        }
    }
}
