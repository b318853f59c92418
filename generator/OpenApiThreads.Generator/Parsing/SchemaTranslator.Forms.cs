using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>What the form-body translator (<see cref="Bodies.FormModelTranslator"/>) borrows from the schema translator.</summary>
internal sealed partial class SchemaTranslator
{
    /// <summary>Component schemas that are only ever a form body: they become form models, not JSON models.</summary>
    public ISet<string> FormOnlyComponents { get; set; } = new HashSet<string>();

    /// <summary>The C# name chosen for a component schema.</summary>
    public string ComponentName(string id) => _componentNames.TryGetValue(id, out string? name) ? name : Identifiers.ToPascalCase(id);

    /// <summary>Claims a type name no other generated type has, starting from <paramref name="hint"/>.</summary>
    public string ClaimTypeName(string hint) => ClaimName(hint, componentId: null);

    /// <summary>An object schema's properties, through allOf, each with its pointer and whether it is required.</summary>
    public List<(string JsonName, IOpenApiSchema Schema, string Pointer, bool Required)> PropertiesOf(IOpenApiSchema schema, string pointer)
    {
        var properties = new List<SchemaProperty>();
        var required = new HashSet<string>();
        CollectProperties(schema, pointer, properties, required, new HashSet<IOpenApiSchema>());
        return properties.Select(p => (p.JsonName, p.Schema, p.Pointer, required.Contains(p.JsonName))).ToList();
    }
}
