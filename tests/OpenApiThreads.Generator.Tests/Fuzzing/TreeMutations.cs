using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Mutations of the parsed spec: the YAML stays valid, the OpenAPI document does not. They aim at the keys the
/// generator reads, because a wrong type under <c>description</c> teaches less than one under <c>items</c>.
/// </summary>
internal static class TreeMutations
{
    private const int NestingDepth = 200;

    private static readonly HashSet<string> MeaningfulKeys = new(StringComparer.Ordinal)
    {
        "openapi", "swagger", "info", "title", "version", "paths", "components", "schemas", "definitions", "type", "format",
        "properties", "items", "required", "enum", "const", "nullable", "allOf", "oneOf", "anyOf", "discriminator",
        "propertyName", "mapping", "additionalProperties", "$ref", "parameters", "in", "name", "schema", "requestBody",
        "content", "responses", "operationId", "servers", "url", "variables", "default", "securitySchemes", "security",
        "scheme", "deprecated", "description", "get", "post", "delete", "application/json", "examples", "example",
    };

    private static readonly string[] SchemaKeys = ["items", "schema", "additionalProperties", "not"];

    private static readonly string[] SchemaContainers = ["properties", "schemas", "definitions", "allOf", "oneOf", "anyOf", "prefixItems", "$defs"];

    public static void DeleteNode(Random random, YamlNode root, List<string> log)
    {
        if (PickSlot(random, root, meaningful: true) is not { } slot)
        {
            log.Add("delete a node (skipped: empty document)");
            return;
        }

        slot.Remove();
        log.Add("delete " + slot.Pointer);
    }

    /// <summary>Swaps two values of one mapping (their keys stay) or two items of one sequence.</summary>
    public static void SwapSiblings(Random random, YamlNode root, List<string> log)
    {
        List<YamlSlot> candidates = YamlTree.Slots(root)
            .Where(s => s.Parent is YamlMappingNode m ? m.Children.Count > 1 : ((YamlSequenceNode)s.Parent).Children.Count > 1)
            .ToList();
        if (candidates.Count == 0)
        {
            log.Add("swap siblings (skipped: no node has two children)");
            return;
        }

        YamlSlot first = candidates[random.Next(candidates.Count)];
        var mapping = first.Parent as YamlMappingNode;
        int count = mapping?.Children.Count ?? ((YamlSequenceNode)first.Parent).Children.Count;
        int otherIndex = (first.Index + 1 + random.Next(count - 1)) % count;
        string parentPointer = first.Pointer.Substring(0, first.Pointer.LastIndexOf('/'));
        var second = new YamlSlot(first.Parent, otherIndex, parentPointer + "/" + (first.Parent is YamlMappingNode ? PointerSegment(mapping!, otherIndex) : otherIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        YamlNode firstValue = first.Value;
        YamlNode secondValue = second.Value;
        first.Replace(secondValue);
        second.Replace(firstValue);
        log.Add($"swap {first.Pointer} with {second.Pointer}");
    }

    public static void ReplaceWithWrongType(Random random, YamlNode root, List<string> log)
    {
        if (PickSlot(random, root, meaningful: true) is not { } slot)
        {
            log.Add("wrong type (skipped: empty document)");
            return;
        }

        var (replacement, label) = WrongValue(random, slot.Value);
        slot.Replace(replacement);
        log.Add($"replace {slot.Pointer} with {label}");
    }

    /// <summary>A value of another kind than <paramref name="current"/>: string ↔ number ↔ array ↔ map ↔ null.</summary>
    private static (YamlNode Node, string Label) WrongValue(Random random, YamlNode current)
    {
        while (true)
        {
            (YamlNode Node, string Label) candidate = random.Next(11) switch
            {
                0 => (Plain("wrong"), "the string 'wrong'"),
                1 => (new YamlScalarNode("123") { Style = ScalarStyle.DoubleQuoted }, "the string \"123\""),
                2 => (new YamlScalarNode(string.Empty) { Style = ScalarStyle.DoubleQuoted }, "an empty string"),
                3 => (Plain("42"), "the number 42"),
                4 => (Plain(random.Next(2) == 0 ? "-1.5e300" : "123456789012345678901234567890"), "an extreme number"),
                5 => (Plain("true"), "true"),
                6 => (Plain("null"), "null"),
                7 => (new YamlSequenceNode(), "an empty array"),
                8 => (new YamlSequenceNode(Plain("1"), new YamlScalarNode("a"), new YamlMappingNode("x", "1")), "an array of mixed items"),
                9 => (new YamlMappingNode(), "an empty map"),
                _ => (new YamlMappingNode("unexpected", "1"), "a map {unexpected: 1}"),
            };
            if (candidate.Node.NodeType != current.NodeType || current is YamlScalarNode)
            {
                return candidate;
            }
        }
    }

    /// <summary>Wraps a schema in <see cref="NestingDepth"/> levels of arrays, allOfs or objects, or a mix of them.</summary>
    public static void NestDeeply(Random random, YamlNode root, List<string> log)
    {
        if (PickSchemaSlot(random, root) is not { } slot)
        {
            log.Add("deep nesting (skipped: no schema)");
            return;
        }

        // 200 nested generic types (arrays, maps) take the compiler seconds; the other shapes a tenth of that.
        string[] shapes = ["allOf", "properties", "oneOf", "array", "additionalProperties"];
        string kind = random.Next(10) == 0 ? shapes[3 + random.Next(2)] : random.Next(4) == 0 ? "mixed" : shapes[random.Next(3)];
        string propertyName = random.Next(2) == 0 ? "p" : "nested";
        YamlNode schema = slot.Value;
        for (int level = 0; level < NestingDepth; level++)
        {
            string levelKind = kind == "mixed" ? shapes[random.Next(shapes.Length)] : kind;
            schema = levelKind switch
            {
                "array" => new YamlMappingNode(Plain("type"), Plain("array"), Plain("items"), schema),
                "allOf" => new YamlMappingNode(Plain("allOf"), new YamlSequenceNode(schema)),
                "oneOf" => new YamlMappingNode(Plain("oneOf"), new YamlSequenceNode(schema, new YamlMappingNode("type", "string"))),
                "additionalProperties" => new YamlMappingNode(Plain("type"), Plain("object"), Plain("additionalProperties"), schema),
                _ => new YamlMappingNode(Plain("type"), Plain("object"), Plain("properties"), new YamlMappingNode(Plain(propertyName), schema)),
            };
        }

        slot.Replace(schema);
        log.Add($"nest {slot.Pointer} {NestingDepth} levels deep ({kind}{(kind is "properties" or "mixed" ? ", property '" + propertyName + "'" : string.Empty)})");
    }

    /// <summary>
    /// Adds references that loop (A → B → A, self), point nowhere, point outside the document or at something that
    /// is not a schema, and makes an existing schema (or any node) use one.
    /// </summary>
    public static void AddReferences(Random random, YamlNode root, bool swagger, List<string> log)
    {
        if (root is not YamlMappingNode document)
        {
            log.Add("references (skipped: the root is not a mapping)");
            return;
        }

        string prefix = swagger ? "#/definitions/" : "#/components/schemas/";
        string variant;
        string target;
        switch (random.Next(9))
        {
            case 0:
                YamlMappingNode schemas = SchemaComponents(document, swagger)!;
                AddComponent(schemas, "FuzzCycleA", Ref(prefix + "FuzzCycleB"));
                AddComponent(schemas, "FuzzCycleB", Ref(prefix + "FuzzCycleA"));
                (variant, target) = ("cycle A → B → A", prefix + "FuzzCycleA");
                break;
            case 1:
                AddComponent(SchemaComponents(document, swagger)!, "FuzzSelf", Ref(prefix + "FuzzSelf"));
                (variant, target) = ("self reference", prefix + "FuzzSelf");
                break;
            case 2:
                string shape = random.Next(4) switch { 0 => "allOf", 1 => "oneOf", 2 => "array", _ => "map" };
                YamlMappingNode loops = SchemaComponents(document, swagger)!;
                AddComponent(loops, "FuzzLoopA", Loop(shape, prefix + "FuzzLoopB"));
                AddComponent(loops, "FuzzLoopB", Loop(shape, prefix + "FuzzLoopA"));
                (variant, target) = ("cycle A → B → A through " + shape, prefix + "FuzzLoopA");
                break;
            case 3 when !swagger:
                AddNonSchemaCycle(random, document, out variant, out target);
                break;
            case 4:
                (variant, target) = ("reference to a missing component", prefix + "DoesNotExist");
                break;
            case 5:
                (variant, target) = ("reference to an external file", "other.yaml#/X");
                break;
            case 6:
                (variant, target) = ("reference to the paths object", "#/paths");
                break;
            default:
                string[] odd = ["#", "#/", "#/components", prefix.TrimEnd('/'), prefix, "#/info/title", "", "http://example.com/x.yaml#/Y", "#/components/responses/Missing", prefix + "%7Bweird%7D", "#/definitions/X", "#/components/schemas/X~2", "#/paths/~1threads/post"];
                (variant, target) = ("odd reference", odd[random.Next(odd.Length)]);
                break;
        }

        YamlSlot? slot = random.Next(4) == 0 ? PickSlot(random, root, meaningful: false) : PickSchemaSlot(random, root);
        if (slot is null)
        {
            log.Add($"add {variant} (not used: no place for it)");
            return;
        }

        slot.Replace(Ref(target));
        log.Add($"add {variant}: {slot.Pointer} = {{$ref: '{target}'}}");
    }

    /// <summary>Parameters, responses and path items can refer to each other in a loop as well.</summary>
    private static void AddNonSchemaCycle(Random random, YamlMappingNode document, out string variant, out string target)
    {
        string section = random.Next(3) switch { 0 => "parameters", 1 => "responses", _ => "pathItems" };
        YamlMappingNode components = ChildMapping(document, "components");
        YamlMappingNode container = ChildMapping(components, section);
        string self = "#/components/" + section + "/FuzzSelf";
        AddComponent(container, "FuzzSelf", Ref(self));
        variant = section + " self reference";
        target = self;
    }

    private static YamlNode Loop(string shape, string reference) => shape switch
    {
        "allOf" => new YamlMappingNode(Plain("allOf"), new YamlSequenceNode(Ref(reference))),
        "oneOf" => new YamlMappingNode(Plain("oneOf"), new YamlSequenceNode(Ref(reference), new YamlMappingNode("type", "integer"))),
        "array" => new YamlMappingNode(Plain("type"), Plain("array"), Plain("items"), Ref(reference)),
        _ => new YamlMappingNode(Plain("type"), Plain("object"), Plain("additionalProperties"), Ref(reference)),
    };

    /// <summary>
    /// Renames a component, a property, a path or another key that becomes a C# name, to a hard name (see
    /// <see cref="HardNames"/>). Half the time the references follow a renamed component.
    /// </summary>
    public static void RenameKey(Random random, YamlNode root, bool swagger, int caseNumber, List<string> log)
    {
        if (random.Next(2) == 0 && ComponentContainers(root, swagger) is { Count: > 0 } containers)
        {
            var (container, prefix) = containers[random.Next(containers.Count)];
            int index = random.Next(container.Children.Count);
            string oldName = KeyAt(container, index);
            string newName = HardNames.Pick(random, caseNumber, KeyAt(container, (index + 1) % container.Children.Count));
            if (!Rename(container, index, newName, prefix + oldName, log))
            {
                return;
            }

            if (random.Next(2) == 0)
            {
                string oldRef = prefix + Escape(oldName);
                foreach (YamlSlot slot in YamlTree.Slots(root).Where(s => s.Key == "$ref" && s.Value is YamlScalarNode { Value: { } v } && v == oldRef))
                {
                    slot.Replace(new YamlScalarNode(prefix + Escape(newName)) { Style = ScalarStyle.SingleQuoted });
                }

                log[^1] += " and its references";
            }

            return;
        }

        List<YamlSlot> named = YamlTree.Slots(root).Where(s => s.Parent is YamlMappingNode && s.ParentKey is { } p && NamingContainers.Contains(p)).ToList();
        if (named.Count == 0)
        {
            log.Add("rename a key (skipped: none)");
            return;
        }

        YamlSlot chosen = named[random.Next(named.Count)];
        var mapping = (YamlMappingNode)chosen.Parent;
        string sibling = KeyAt(mapping, (chosen.Index + 1) % mapping.Children.Count);
        Rename(mapping, chosen.Index, HardNames.Pick(random, caseNumber, sibling), chosen.Pointer, log);
    }

    /// <summary>Replaces a scalar the generator turns into a name, a comment or a literal with a hard string.</summary>
    public static void ReplaceWithHardString(Random random, YamlNode root, int caseNumber, List<string> log)
    {
        List<YamlSlot> scalars = YamlTree.Slots(root).Where(s => s.Value is YamlScalarNode).ToList();
        List<YamlSlot> named = scalars.Where(s => (s.Key is { } k && NamedScalars.Contains(k)) || s.ParentKey is "enum" or "required").ToList();
        List<YamlSlot> pool = named.Count > 0 && random.Next(4) != 0 ? named : scalars;
        if (pool.Count == 0)
        {
            log.Add("hard string (skipped: no scalar)");
            return;
        }

        YamlSlot slot = pool[random.Next(pool.Count)];
        string sibling = slot.Parent is YamlSequenceNode sequence && sequence.Children.Count > 1
            ? (sequence.Children[(slot.Index + 1) % sequence.Children.Count] as YamlScalarNode)?.Value ?? string.Empty
            : ((YamlScalarNode)slot.Value).Value ?? string.Empty;
        string hard = HardNames.Pick(random, caseNumber, sibling);
        slot.Replace(new YamlScalarNode(hard) { Style = ScalarStyle.DoubleQuoted });
        log.Add($"set {slot.Pointer} to {Show(hard)}");
    }

    private static readonly HashSet<string> NamingContainers = new(StringComparer.Ordinal)
    {
        "properties", "paths", "responses", "content", "variables", "mapping", "headers", "securitySchemes", "parameters", "schemas", "definitions",
    };

    private static readonly HashSet<string> NamedScalars = new(StringComparer.Ordinal)
    {
        "operationId", "title", "name", "description", "summary", "const", "propertyName", "format", "pattern", "default", "url", "in", "scheme", "type", "version", "openapi", "example",
    };

    private static List<(YamlMappingNode Container, string Prefix)> ComponentContainers(YamlNode root, bool swagger)
    {
        var containers = new List<(YamlMappingNode Container, string Prefix)>();
        if (root is not YamlMappingNode document)
        {
            return containers;
        }

        if (SchemaComponents(document, swagger, create: false) is { } schemas)
        {
            containers.Add((schemas, swagger ? "#/definitions/" : "#/components/schemas/"));
        }

        if (!swagger && Child(document, "components") is YamlMappingNode components)
        {
            foreach (var entry in components.Children)
            {
                if (entry.Key is YamlScalarNode { Value: { } section } && section != "schemas" && entry.Value is YamlMappingNode other)
                {
                    containers.Add((other, "#/components/" + section + "/"));
                }
            }
        }

        containers.RemoveAll(c => c.Container.Children.Count == 0 || c.Container.Children.Any(e => e.Key is not YamlScalarNode));
        return containers;
    }

    /// <summary>Renames the key at <paramref name="index"/>, keeping its place; false when the name is taken.</summary>
    private static bool Rename(YamlMappingNode mapping, int index, string newName, string what, List<string> log)
    {
        if (mapping.Children.ContainsKey(new YamlScalarNode(newName)))
        {
            log.Add($"rename {what} (skipped: {Show(newName)} exists)");
            return false;
        }

        YamlNode value = mapping.Children[index].Value;
        mapping.Children.RemoveAt(index);
        mapping.Children.Insert(index, new YamlScalarNode(newName), value);
        log.Add($"rename {what} to {Show(newName)}");
        return true;
    }

    private static string KeyAt(YamlMappingNode mapping, int index) => (mapping.Children[index].Key as YamlScalarNode)?.Value ?? string.Empty;

    private static string Show(string name)
    {
        string shown = name.Length > 40 ? name.Substring(0, 20) + "…(" + name.Length + " chars)" : name;
        return "'" + string.Concat(shown.Select(c => c is < ' ' or '\u2028' ? $"\\u{(int)c:x4}" : c.ToString())) + "'";
    }

    private static string PointerSegment(YamlMappingNode mapping, int index)
        => Escape((mapping.Children[index].Key as YamlScalarNode)?.Value ?? "?");

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static YamlSlot? PickSlot(Random random, YamlNode root, bool meaningful)
    {
        List<YamlSlot> slots = YamlTree.Slots(root);
        if (slots.Count == 0)
        {
            return null;
        }

        if (meaningful && random.Next(3) != 0)
        {
            List<YamlSlot> chosen = slots.Where(s => s.Key is { } key && MeaningfulKeys.Contains(key)).ToList();
            if (chosen.Count > 0)
            {
                return chosen[random.Next(chosen.Count)];
            }
        }

        return slots[random.Next(slots.Count)];
    }

    /// <summary>A slot that holds a schema: a component, a property, items, a parameter's or a media type's schema.</summary>
    private static YamlSlot? PickSchemaSlot(Random random, YamlNode root)
    {
        List<YamlSlot> slots = YamlTree.Slots(root)
            .Where(s => s.Value is YamlMappingNode && ((s.Key is { } key && SchemaKeys.Contains(key)) || (s.ParentKey is { } parent && SchemaContainers.Contains(parent))))
            .ToList();
        return slots.Count == 0 ? null : slots[random.Next(slots.Count)];
    }

    private static YamlMappingNode? SchemaComponents(YamlMappingNode document, bool swagger, bool create = true)
    {
        if (swagger)
        {
            return create ? ChildMapping(document, "definitions") : Child(document, "definitions") as YamlMappingNode;
        }

        if (!create)
        {
            return Child(document, "components") is YamlMappingNode components ? Child(components, "schemas") as YamlMappingNode : null;
        }

        return ChildMapping(ChildMapping(document, "components"), "schemas");
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key)
        => mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

    /// <summary>The mapping under <paramref name="key"/>, replacing whatever else an earlier mutation left there.</summary>
    private static YamlMappingNode ChildMapping(YamlMappingNode mapping, string key)
    {
        if (Child(mapping, key) is YamlMappingNode existing)
        {
            return existing;
        }

        var created = new YamlMappingNode();
        mapping.Children[new YamlScalarNode(key)] = created;
        return created;
    }

    private static void AddComponent(YamlMappingNode container, string name, YamlNode value)
        => container.Children[new YamlScalarNode(name)] = value;

    private static YamlMappingNode Ref(string target)
        => new(Plain("$ref"), new YamlScalarNode(target) { Style = ScalarStyle.SingleQuoted });

    private static YamlScalarNode Plain(string value) => new(value) { Style = ScalarStyle.Plain };
}
