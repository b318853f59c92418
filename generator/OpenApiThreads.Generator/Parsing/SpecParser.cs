using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Naming;
using OpenApiThreads.Generator.Parsing.JsonSchema;
using OpenApiThreads.Generator.Parsing.References;
using YamlDotNet.Core;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>Text → YAML → OpenAPI document → <see cref="ApiModel"/>, with every problem as a located diagnostic.</summary>
internal static class SpecParser
{
    public static SpecResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        try
        {
            return ParseCore(input, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Never let an exception escape into the compiler (CS8785): say what failed, where.
            var failure = new DiagnosticInfo
            {
                Descriptor = DiagnosticDescriptors.GeneratorFailure,
                FilePath = input.Path,
                Span = default,
                Arguments = new[] { input.FileName, Describe(exception) }.ToImmutableEquatableArray(),
            };
            return new SpecResult(null, new[] { failure }.ToImmutableEquatableArray());
        }
    }

    private static SpecResult ParseCore(SpecInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var duplicates = new List<YamlJsonReader.DuplicateKey>();
        JsonNode? root;
        string read;
        try
        {
            root = ReadTolerantly(input, duplicates, diagnostics, out read);
        }
        catch (YamlException exception)
        {
            var info = new DiagnosticInfo
            {
                Descriptor = DiagnosticDescriptors.InvalidYaml,
                FilePath = input.Path,
                Span = SourceLocator.Clamp(SourceLocator.ToSpan(exception.Start, exception.End), input.Text),
                Arguments = new[] { input.FileName, exception.Message }.ToImmutableEquatableArray(),
            };
            return new SpecResult(null, new[] { info }.ToImmutableEquatableArray());
        }

        // Any YAML or JSON file may be an AdditionalFile; only documents that say they are OpenAPI are ours.
        if (root is not JsonObject document || !(document.ContainsKey("openapi") || document.ContainsKey("swagger")))
        {
            return new SpecResult(null, ImmutableEquatableArray<DiagnosticInfo>.Empty);
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (YamlJsonReader.DuplicateKey duplicate in duplicates)
        {
            diagnostics.AddAt(DiagnosticDescriptors.SpecWarning, duplicate.Span, "The key '" + duplicate.Key + "' appears more than once in the same mapping; the last one is used");
        }

        // References first become plain pointers into one document: 2020-12 addressing ($id, $anchor,
        // $dynamicRef), then other files, then targets deeper than a component get a component of their own.
        bool jsonSchema2020 = IsJsonSchema2020(document);
        bool deep = SchemaResources.Resolve(document, jsonSchema2020, diagnostics);
        deep |= ExternalReferences.Inline(document, input, diagnostics);
        if (deep)
        {
            DeepReferences.Hoist(document, diagnostics);
        }

        if (jsonSchema2020 || SchemaShapes.Mentioned(input.Text) || input.Fragments.Count > 0)
        {
            SchemaShapes.Rewrite(document, jsonSchema2020, diagnostics);
        }

        NullableWithoutType.Mark(document);
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(document, new Uri("file:///" + Uri.EscapeDataString(input.FileName)), settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reader throws on some malformed documents (a version it does not know, "yes" where a boolean
            // belongs) instead of reporting them. That is the document's fault, not ours: an error at its top.
            diagnostics.Add(DiagnosticDescriptors.SpecError, string.Empty, "The OpenAPI reader could not read the document: " + exception.Message.Trim());
            return new SpecResult(null, diagnostics.Resolve(input.Path, read));
        }

        OpenApiDocument? openApi = result.Document;
        ReportReaderDiagnostics(result.Diagnostic, diagnostics, fatal: openApi is null);
        if (openApi is null)
        {
            return new SpecResult(null, diagnostics.Resolve(input.Path, read));
        }

        cancellationToken.ThrowIfCancellationRequested();
        ApiModel model = ModelBuilder.Build(openApi, input, diagnostics);
        return new SpecResult(model, diagnostics.Resolve(input.Path, read));
    }

    /// <summary>
    /// Reads the YAML. A literal block scalar whose first line is only spaces fails strict YAML (YamlDotNet rejects it,
    /// most tools accept it, and OpenAI's published spec has one), so such blocks are found and their leading lines
    /// emptied before the read (<see cref="LiteralBlockRepair"/>): reading the whole text, failing near its end and
    /// reading it again cost as much again. When the scan misses one, the failed read is repeated with every
    /// whitespace-only line emptied. Line and column numbers stay the same either way, and a warning says where.
    /// <paramref name="read"/> is the text that was read, which locates later diagnostics (the original fails to).
    /// </summary>
    private static JsonNode? ReadTolerantly(SpecInput input, List<YamlJsonReader.DuplicateKey> duplicates, DiagnosticBag diagnostics, out string read)
    {
        read = input.Text;
        if (LiteralBlockRepair.Find(input.Text) is { } repair)
        {
            try
            {
                JsonNode? repaired = YamlJsonReader.Read(repair.Text, duplicates, repair.HeaderLines);
                if (repair.HeaderLines.Count == 0)
                {
                    diagnostics.AddAt(DiagnosticDescriptors.SpecWarning, repair.FirstError, "A literal block scalar starts with a line of only spaces, which strict YAML rejects; its leading whitespace-only lines were read as empty");
                    read = repair.Text;
                    return repaired;
                }
            }
            catch (YamlException)
            {
                // Not what the scan took it for, or another error: the original text decides.
            }

            duplicates.Clear();
        }

        try
        {
            return YamlJsonReader.Read(input.Text, duplicates);
        }
        catch (YamlException exception) when (exception.Message.IndexOf("extra spaces in first line", StringComparison.Ordinal) >= 0)
        {
            duplicates.Clear();
            read = WhitespaceLines.Replace(input.Text, string.Empty);
            JsonNode? root = YamlJsonReader.Read(read, duplicates);
            diagnostics.AddAt(DiagnosticDescriptors.SpecWarning, SourceLocator.ToSpan(exception.Start, exception.End), "A block scalar starts with a line of spaces longer than its content, which strict YAML rejects; whitespace-only lines were read as empty");
            return root;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex WhitespaceLines = new("^[ \\t]+$", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsJsonSchema2020(JsonObject document)
        => document["openapi"] is JsonValue version && version.TryGetValue(out string? text) && !text.StartsWith("3.0", StringComparison.Ordinal) && !text.StartsWith("2", StringComparison.Ordinal);

    /// <summary>The exception and the innermost frame it came from, so a bug report can be acted on.</summary>
    internal static string Describe(Exception exception)
    {
        string message = exception.GetType().Name + ": " + exception.Message.Trim().TrimEnd('.');
        string? frame = exception.StackTrace?.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0);
        return frame is null ? message : message + " (" + frame + ")";
    }

    /// <summary>OATG005 reports a broken $ref with what the generator did about it; the reader's note would repeat it.</summary>
    private static bool ReportedByUs(OpenApiError error)
        => error.Message.IndexOf("does not point to an existing", StringComparison.Ordinal) >= 0;

    private static void ReportReaderDiagnostics(OpenApiDiagnostic? diagnostic, DiagnosticBag diagnostics, bool fatal)
    {
        if (diagnostic is null)
        {
            return;
        }

        // The reader recovers from most errors; they only stop us when no document came out of it.
        foreach (OpenApiError error in diagnostic.Errors.Where(e => !ReportedByUs(e)))
        {
            diagnostics.Add(fatal ? DiagnosticDescriptors.SpecError : DiagnosticDescriptors.SpecWarning, error.Pointer ?? string.Empty, error.Message);
        }

        foreach (OpenApiError warning in diagnostic.Warnings.Where(w => !ReportedByUs(w)))
        {
            diagnostics.Add(DiagnosticDescriptors.SpecWarning, warning.Pointer ?? string.Empty, warning.Message);
        }
    }
}
