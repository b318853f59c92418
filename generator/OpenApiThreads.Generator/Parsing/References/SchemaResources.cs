using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiThreads.Generator.Diagnostics;

namespace OpenApiThreads.Generator.Parsing.References;

/// <summary>
/// JSON Schema 2020-12 addressing in an OpenAPI 3.1 document, before the reader sees it. A <c>$ref</c> may name a
/// schema by its <c>$id</c>, by an <c>$anchor</c> or relative to an <c>$id</c> (<c>#/$defs/Node</c> inside a schema
/// with its own <c>$id</c>); the reader only follows plain pointers into the document, so each such reference is
/// rewritten to the pointer it means. A <c>$dynamicRef</c> becomes a <c>$ref</c> to the <c>$dynamicAnchor</c> it
/// reaches statically; when another schema declares the same dynamic anchor (the case that makes it dynamic), a
/// warning says the substitution is left out. <see cref="DeepReferences"/> then gives each target a component.
/// </summary>
internal static class SchemaResources
{
    private static readonly Uri DocumentBase = new("https://openapithreads.invalid/document");

    /// <summary>Rewrites the references; returns whether any (now a plain pointer) goes deeper than a component.</summary>
    public static bool Resolve(JsonObject document, bool jsonSchema2020, DiagnosticBag diagnostics)
    {
        var scan = new Scan(jsonSchema2020);
        scan.Walk(document);
        bool deep = scan.References.Any(r => DeepReferences.IsDeep(r.Value));

        // Cheap exit: nothing to resolve in a document that uses none of the 2020-12 addressing keywords.
        if (scan.Resources.Count == 0 && scan.Anchors.Count == 0 && scan.References.All(r => r.Keyword == "$ref" && (r.Value.StartsWith("#/", StringComparison.Ordinal) || FilePaths.FilePart(r.Value) is not null)))
        {
            return deep;
        }

        foreach (Reference reference in scan.References)
        {
            string? target = Target(reference, scan, out bool dynamicAnchor);
            if (reference.Keyword == "$dynamicRef")
            {
                reference.Owner.Remove("$dynamicRef");
                if (target is null || reference.Owner.ContainsKey("$ref"))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, reference.Pointer + "/$dynamicRef", "$dynamicRef '" + reference.Value + "'", "no $dynamicAnchor or $anchor in scope resolves it", "the reference is left out and the value is typed as JsonElement");
                    continue;
                }

                string name = FilePaths.PointerPart(reference.Value);
                if (dynamicAnchor && scan.DynamicAnchors.TryGetValue(name, out int count) && count > 1)
                {
                    diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, reference.Pointer + "/$dynamicRef", "$dynamicRef '" + reference.Value + "'", count + " schemas declare $dynamicAnchor '" + name + "'", "it is resolved to the one in its own scope, as if it were a $ref; a schema that extends it through its own anchor is not substituted");
                }

                reference.Owner["$ref"] = "#" + target;
                deep |= DeepReferences.IsDeep("#" + target);
                continue;
            }

            if (target is not null)
            {
                reference.Owner["$ref"] = "#" + target;
                deep |= DeepReferences.IsDeep("#" + target);
            }
        }

        return deep;
    }

    private static string? Target(Reference reference, Scan scan, out bool dynamicAnchor)
    {
        dynamicAnchor = false;
        if (!Uri.TryCreate(reference.Base, reference.Value, out Uri? absolute))
        {
            return null;
        }

        string resource = absolute.GetLeftPart(UriPartial.Query);
        string fragment = Uri.UnescapeDataString(absolute.Fragment.TrimStart('#'));
        string? resourcePointer = resource == DocumentBase.AbsoluteUri ? string.Empty : scan.Resources.TryGetValue(resource, out string? found) ? found : null;
        if (resourcePointer is null)
        {
            return null;
        }

        if (fragment.Length == 0 || fragment.StartsWith("/", StringComparison.Ordinal))
        {
            return resourcePointer + (fragment.Length == 0 ? string.Empty : fragment);
        }

        if (scan.Anchors.TryGetValue(resource + "#" + fragment, out Anchor anchor))
        {
            dynamicAnchor = anchor.Dynamic;
            return anchor.Pointer;
        }

        return null;
    }

    private readonly record struct Reference(JsonObject Owner, string Keyword, string Value, Uri Base, string Pointer);

    private readonly record struct Anchor(string Pointer, bool Dynamic);

    /// <summary>One pass over the document: the resources ($id), anchors and references, each with its base URI.</summary>
    private sealed class Scan(bool jsonSchema2020)
    {
        public Dictionary<string, string> Resources { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Anchor> Anchors { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> DynamicAnchors { get; } = new(StringComparer.Ordinal);

        public List<Reference> References { get; } = new();

        public void Walk(JsonObject document)
        {
            // A stack, not recursion: a document may nest deeper than the generator's stack allows.
            var pending = new Stack<(JsonNode Node, string Pointer, Uri Base, string Key)>();
            pending.Push((document, string.Empty, DocumentBase, string.Empty));
            while (pending.Count > 0)
            {
                var (node, pointer, baseUri, key) = pending.Pop();
                if (node is JsonArray array)
                {
                    for (int i = 0; i < array.Count; i++)
                    {
                        if (array[i] is { } item)
                        {
                            pending.Push((item, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), baseUri, key));
                        }
                    }

                    continue;
                }

                if (node is not JsonObject obj)
                {
                    continue;
                }

                Uri current = baseUri;
                if (jsonSchema2020 && Text(obj, "$id") is { } id && Uri.TryCreate(baseUri, id, out Uri? resource))
                {
                    current = resource;
                    Resources[resource.GetLeftPart(UriPartial.Query)] = pointer;
                }

                string here = current.GetLeftPart(UriPartial.Query);
                if (jsonSchema2020 && Text(obj, "$anchor") is { } anchor)
                {
                    Anchors[here + "#" + anchor] = new Anchor(pointer, false);
                }

                if (jsonSchema2020 && Text(obj, "$dynamicAnchor") is { } dynamic)
                {
                    if (!Anchors.ContainsKey(here + "#" + dynamic))
                    {
                        Anchors[here + "#" + dynamic] = new Anchor(pointer, true);
                    }

                    DynamicAnchors[dynamic] = DynamicAnchors.TryGetValue(dynamic, out int count) ? count + 1 : 1;
                }

                foreach (string keyword in jsonSchema2020 ? Keywords2020 : Keywords)
                {
                    if (Text(obj, keyword) is { } value)
                    {
                        References.Add(new Reference(obj, keyword, value, current, pointer));
                    }
                }

                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    if (property.Value is not null && !SchemaPositions.IsData(property.Key, property.Value, key))
                    {
                        pending.Push((property.Value, pointer + "/" + JsonPointer.Escape(property.Key), current, property.Key));
                    }
                }
            }
        }

        private static readonly string[] Keywords = ["$ref"];
        private static readonly string[] Keywords2020 = ["$ref", "$dynamicRef"];

        private static string? Text(JsonObject obj, string key)
            => obj[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }
}
