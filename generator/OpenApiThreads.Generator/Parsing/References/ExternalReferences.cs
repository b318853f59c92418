using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiThreads.Generator.Diagnostics;
using YamlDotNet.Core;

namespace OpenApiThreads.Generator.Parsing.References;

/// <summary>
/// Makes a multi-file document one document before the OpenAPI reader sees it. A <c>$ref</c> into another file
/// (<c>./Pet.yaml</c>, <c>common/Error.yaml#/components/schemas/Error</c>) is copied into the root: a schema, or
/// anything under <c>components</c>, becomes a component of the root named after its key (or the file), and the
/// reference points there; anything else (a path item, an inline parameter) is copied in place. References inside
/// a copied part are resolved against its own file, so fragments may refer to each other and to themselves.
/// Every copied part is recorded in the <see cref="DiagnosticBag"/>, so what is reported about it points into the
/// file it was written in. The texts come from the pipeline (<see cref="SpecInput.Fragments"/>): nothing is read
/// from disk, and a file that is not an AdditionalFile is an error at the reference, naming the item to add.
/// </summary>
internal sealed class ExternalReferences
{
    private const int MaxInPlaceCopies = 10000;

    private static readonly HashSet<string> ComponentKinds = new(StringComparer.Ordinal)
    {
        "schemas", "parameters", "responses", "requestBodies", "headers", "examples", "links", "callbacks", "pathItems",
    };

    private readonly JsonObject _root;
    private readonly string _rootPath;
    private readonly bool _swagger2;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Fragment> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _imported = new(StringComparer.Ordinal);
    private readonly Stack<Item> _pending = new();
    private int _inPlaceCopies;

    private ExternalReferences(JsonObject root, SpecInput input, DiagnosticBag diagnostics)
    {
        _root = root;
        _rootPath = input.Path;
        _swagger2 = root.ContainsKey("swagger");
        _diagnostics = diagnostics;
        foreach (SpecFragment fragment in input.Fragments)
        {
            _files[FilePaths.Key(fragment.Path)] = new Fragment(fragment);
        }
    }

    /// <summary>Copies what the root refers to in other files; returns whether anything was copied.</summary>
    public static bool Inline(JsonObject root, SpecInput input, DiagnosticBag diagnostics)
    {
        // Most documents are one file: the walk only runs when the text names another file somewhere.
        if (input.Fragments.Count == 0 && !SpecFile.NamesAFile(input.Text))
        {
            return false;
        }

        var inliner = new ExternalReferences(root, input, diagnostics);
        inliner.Run();
        return inliner._imported.Count > 0 || inliner._inPlaceCopies > 0;
    }

    private void Run()
    {
        _pending.Push(new Item(_root, string.Empty, null, string.Empty, string.Empty, false));
        while (_pending.Count > 0)
        {
            Item item = _pending.Pop();
            string? file = item.File;
            if (item.Node is JsonObject obj)
            {
                if (obj["$ref"] is JsonValue value && value.TryGetValue(out string? reference))
                {
                    file = Follow(obj, reference, item);
                }

                foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
                {
                    if (property.Value is not null && !SchemaPositions.IsData(property.Key, property.Value, item.Key))
                    {
                        _pending.Push(new Item(property.Value, item.Pointer + "/" + JsonPointer.Escape(property.Key), file, property.Key, item.Key, false));
                    }
                }
            }
            else if (item.Node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } element)
                    {
                        string index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        _pending.Push(new Item(element, item.Pointer + "/" + index, file, index, item.Key, true));
                    }
                }
            }
        }
    }

    /// <summary>Rewrites one reference; returns the file the object's other members are now read in.</summary>
    private string? Follow(JsonObject obj, string reference, Item item)
    {
        string? filePart = FilePaths.FilePart(reference);
        if (filePart is null && (item.File is null || !reference.StartsWith("#", StringComparison.Ordinal)))
        {
            // A local reference in the root, or a URL (which the reader reports as unresolved).
            return item.File;
        }

        string targetPath = filePart is null ? item.File! : FilePaths.Resolve(item.File ?? _rootPath, filePart);
        string pointer = FilePaths.PointerPart(reference);
        if (FilePaths.Key(targetPath) == FilePaths.Key(_rootPath))
        {
            obj["$ref"] = "#" + pointer;
            return item.File;
        }

        string at = item.Pointer + "/$ref";
        if (!_files.TryGetValue(FilePaths.Key(targetPath), out Fragment? fragment))
        {
            string relative = FilePaths.Relative(_rootPath, targetPath);
            _diagnostics.Add(DiagnosticDescriptors.ReferencedFileMissing, at, reference, relative, relative);
            LeaveOut(obj, item);
            return item.File;
        }

        if (pointer.Length > 0 && !pointer.StartsWith("/", StringComparison.Ordinal))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, at, reference, "an anchor in another file", "the reference is left out and its value is typed as JsonElement");
            obj.Remove("$ref");
            return item.File;
        }

        JsonNode? target = fragment.Read(_diagnostics, at) is { } fragmentRoot ? Navigate(fragmentRoot, pointer) : null;
        if (target is null)
        {
            if (fragment.Root is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, at, reference);
            }

            obj.Remove("$ref");
            return item.File;
        }

        if (ComponentOf(pointer, item, targetPath) is { } component)
        {
            string key = FilePaths.Key(targetPath) + "#" + pointer + "|" + component.Kind;
            if (!_imported.TryGetValue(key, out string? local))
            {
                JsonObject container = Container(component.Kind);
                string name = UniqueName(container, component.Name, targetPath);
                container[name] = target.DeepClone();
                local = "/" + string.Join("/", ContainerPath(component.Kind).Select(JsonPointer.Escape)) + "/" + JsonPointer.Escape(name);
                _imported[key] = local;
                _diagnostics.Moved(local, pointer, fragment.Path, fragment.Text);
                _pending.Push(new Item(container[name]!, local, targetPath, name, component.Kind, false));
            }

            obj["$ref"] = "#" + local;
            return item.File;
        }

        // A path item or an inline parameter, response or body: copied where the reference was.
        if (target is not JsonObject copy || ++_inPlaceCopies > MaxInPlaceCopies)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, at, reference, "a reference that is not an object, or that contains itself", "the reference is left out");
            obj.Remove("$ref");
            return item.File;
        }

        obj.Remove("$ref");
        var members = (JsonObject)copy.DeepClone();
        foreach (string key in members.Select(p => p.Key).ToList())
        {
            JsonNode? member = members[key];
            members.Remove(key);
            if (!obj.ContainsKey(key))
            {
                obj[key] = member;
            }
        }

        _diagnostics.Moved(item.Pointer, pointer, fragment.Path, fragment.Text);
        return targetPath;
    }

    /// <summary>
    /// Takes out a reference that cannot be followed, after its error: a schema becomes free-form (JsonElement), and
    /// a parameter or path item is removed, so the reader does not add warnings about an empty object.
    /// </summary>
    private static void LeaveOut(JsonObject obj, Item item)
    {
        obj.Remove("$ref");
        if (SchemaPositions.IsSchema(item.Key, item.ParentKey, item.ParentIsArray))
        {
            return;
        }

        // Later siblings in an array were walked already (the walk is last-in first-out), so removing shifts nothing pending.
        switch (obj.Parent)
        {
            case JsonArray array:
                array.Remove(obj);
                break;
            case JsonObject owner:
                owner.Remove(item.Key);
                break;
        }
    }

    /// <summary>The component kind and name a reference's target becomes, or null to copy it in place.</summary>
    private (string Kind, string Name)? ComponentOf(string pointer, Item item, string targetPath)
    {
        string[] segments = JsonPointer.Split(pointer);
        if (segments.Length == 3 && segments[0] == "components" && ComponentKinds.Contains(segments[1]) && IsKindAllowed(segments[1]))
        {
            return (segments[1], segments[2]);
        }

        if (segments.Length == 2 && segments[0] is "definitions" or "parameters" or "responses")
        {
            string kind = segments[0] == "definitions" ? "schemas" : segments[0];
            if (IsKindAllowed(kind))
            {
                return (kind, segments[1]);
            }
        }

        if (SchemaPositions.IsSchema(item.Key, item.ParentKey, item.ParentIsArray))
        {
            return ("schemas", segments.Length > 0 ? segments[segments.Length - 1] : FilePaths.FileStem(targetPath));
        }

        return null;
    }

    // Swagger 2.0 has only definitions, parameters and responses at its top.
    private bool IsKindAllowed(string kind) => !_swagger2 || kind is "schemas" or "parameters" or "responses";

    private string[] ContainerPath(string kind)
        => _swagger2 ? [kind == "schemas" ? "definitions" : kind] : ["components", kind];

    private JsonObject Container(string kind)
    {
        JsonObject current = _root;
        foreach (string segment in ContainerPath(kind))
        {
            if (current[segment] is not JsonObject next)
            {
                next = new JsonObject();
                current[segment] = next;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The target's own name, else the file's name before it, else a number after it.</summary>
    private static string UniqueName(JsonObject container, string wanted, string path)
    {
        if (wanted.Length == 0)
        {
            wanted = FilePaths.FileStem(path);
        }

        if (!container.ContainsKey(wanted))
        {
            return wanted;
        }

        string prefixed = FilePaths.FileStem(path) + "_" + wanted;
        string candidate = prefixed;
        for (int n = 2; container.ContainsKey(candidate); n++)
        {
            candidate = prefixed + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    internal static JsonNode? Navigate(JsonNode root, string pointer)
    {
        JsonNode? current = root;
        foreach (string segment in JsonPointer.Split(pointer))
        {
            current = current switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out JsonNode? child) ? child : null,
                JsonArray array when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < array.Count => array[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private readonly record struct Item(JsonNode Node, string Pointer, string? File, string Key, string ParentKey, bool ParentIsArray);

    /// <summary>One fragment file, read the first time a reference needs it.</summary>
    private sealed class Fragment(SpecFragment file)
    {
        private bool _read;

        public string Path => file.Path;

        public string Text => file.Text;

        public JsonNode? Root { get; private set; }

        public JsonNode? Read(DiagnosticBag diagnostics, string at)
        {
            if (!_read)
            {
                _read = true;
                try
                {
                    Root = YamlJsonReader.Read(file.Text, new List<YamlJsonReader.DuplicateKey>());
                }
                catch (YamlException exception)
                {
                    diagnostics.Add(DiagnosticDescriptors.SpecError, at, "The referenced file '" + System.IO.Path.GetFileName(file.Path) + "' is not valid YAML or JSON (line " + exception.Start.Line + ", column " + exception.Start.Column + "): " + exception.Message);
                }
            }

            return Root;
        }
    }
}
