using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenApiThreads.Generator.Tests.Corpus;

/// <summary>One operation as the document declares it, counted without the generator so the two can be compared.</summary>
internal sealed record DocumentOperation(string Method, string Path, string? OperationId, int FirstLine, int LastLine)
{
    /// <summary>How the generator's model keys it: the path without its leading slash, any fixed query kept.</summary>
    public string Key => Method + " " + Path.TrimStart('/');

    /// <summary>How a diagnostic or a method name refers to it.</summary>
    public string Label => OperationId ?? Method + " " + Path;
}

internal static class DocumentOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <summary>Every path + method of the document (YAML or JSON: YAML reads both).</summary>
    public static IReadOnlyList<DocumentOperation> Read(string text)
    {
        // OpenAI's spec needs the generator's repair before YamlDotNet reads it; the repair keeps every line in place.
        var stream = new YamlStream();
        stream.Load(new StringReader(Parsing.LiteralBlockRepair.Find(text)?.Text ?? text));
        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("paths"), out YamlNode? paths)
            || paths is not YamlMappingNode pathMap)
        {
            return [];
        }

        var operations = new List<DocumentOperation>();
        foreach (var (pathKey, item) in pathMap.Children)
        {
            if (item is not YamlMappingNode itemMap)
            {
                continue;
            }

            foreach (var (methodKey, operation) in itemMap.Children)
            {
                string method = ((YamlScalarNode)methodKey).Value ?? string.Empty;
                if (!Methods.Contains(method, StringComparer.Ordinal))
                {
                    continue;
                }

                string? id = operation is YamlMappingNode operationMap
                    && operationMap.Children.TryGetValue(new YamlScalarNode("operationId"), out YamlNode? idNode)
                    ? (idNode as YamlScalarNode)?.Value
                    : null;
                // Zero-based lines, as Roslyn reports them, from the method key to the end of the operation.
                operations.Add(new DocumentOperation(method.ToUpperInvariant(), ((YamlScalarNode)pathKey).Value ?? string.Empty, id, (int)methodKey.Start.Line - 1, LastLine(operation)));
            }
        }

        return operations;
    }

    // A block mapping's own End mark is not where its text ends; its deepest scalars' marks are.
    private static int LastLine(YamlNode node) => (int)node.AllNodes.Max(n => n.End.Line) - 1;
}
