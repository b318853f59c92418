using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

internal enum FailureKind
{
    /// <summary>An exception escaped the generator (the compiler would report CS8785 and generate nothing).</summary>
    GeneratorException,

    /// <summary>OATG007: the generator caught its own exception. Better than a crash, still a bug.</summary>
    InternalFailure,

    /// <summary>A generator diagnostic that does not point at a line of the spec it is about.</summary>
    DiagnosticOutsideFile,

    /// <summary>No located error, and the generated code does not compile.</summary>
    CompileErrors,

    /// <summary>No located error, and the generated code compiles with warnings only.</summary>
    CompileWarnings,

    /// <summary>Still an OpenAPI document, yet neither code nor an error came out of it.</summary>
    SilentlyIgnored,
}

/// <summary>
/// One failed case. <see cref="Signature"/> has the case-specific parts (names, numbers) taken out, so failures
/// with one cause group together.
/// </summary>
internal sealed record FuzzFailure(FuzzCase Case, FailureKind Kind, string Signature, string Details);

/// <summary>
/// The promise each case is held to: no exception escapes, no OATG007, and either an error diagnostic located in
/// the spec or generated code that compiles with no error and no warning.
/// </summary>
internal static class CaseCheck
{
    private static readonly Regex Quoted = new("'[^']*'", RegexOptions.CultureInvariant);
    private static readonly Regex Numbers = new("[0-9]+", RegexOptions.CultureInvariant);
    private static readonly Regex Pointers = new("#/[^\\s']*", RegexOptions.CultureInvariant);

    public static FuzzFailure? Judge(FuzzCase fuzzCase, CaseOutcome outcome)
    {
        if (outcome.Exception is { } exception)
        {
            // The frame in the generator names the bug; Roslyn's frames above it (AddSource) only say how it surfaced.
            List<string> frames = StackTop(exception, 40).ToList();
            string top = frames.FirstOrDefault(f => f.Contains("OpenApiThreads.Generator.", StringComparison.Ordinal)) ?? frames.FirstOrDefault() ?? "(no stack)";
            return new FuzzFailure(fuzzCase, FailureKind.GeneratorException, $"exception {exception.GetType().FullName} {top}",
                $"{exception.GetType().FullName}: {exception.Message}\n      " + string.Join("\n      ", frames.Take(6).Append("… " + top).Distinct()));
        }

        if (outcome.GeneratorDiagnostics.FirstOrDefault(d => d.Id == "OATG007") is { } internalFailure)
        {
            string message = internalFailure.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            return OriginOf(message, outcome) is { } origin
                ? new FuzzFailure(fuzzCase, FailureKind.InternalFailure, $"OATG007 {origin.Exception.GetType().Name} at {Where(origin.Frames)}",
                    message + "\n      thrown at " + string.Join("\n        ", origin.Frames.Take(8)))
                : new FuzzFailure(fuzzCase, FailureKind.InternalFailure, "OATG007 " + Normalize(CauseOf(message)), message);
        }

        // Every case has its own namespace, so two files of one name can only come from one document: a naming bug.
        if (outcome.GeneratorDiagnostics.FirstOrDefault(d => d.Id == "OATG009") is { } duplicateFile)
        {
            return new FuzzFailure(fuzzCase, FailureKind.InternalFailure, "OATG009 within one document", duplicateFile.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        int lineCount = SourceText.From(fuzzCase.Text).Lines.Count;
        List<Diagnostic> outside = outcome.GeneratorDiagnostics.Where(d => !IsInFile(d, fuzzCase.Path, lineCount)).ToList();
        if (outside.Count > 0)
        {
            return new FuzzFailure(fuzzCase, FailureKind.DiagnosticOutsideFile,
                "diagnostic outside the spec: " + string.Join(", ", outside.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)),
                $"the spec has {lineCount} lines; " + Describe(outside));
        }

        if (outcome.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        List<Diagnostic> errors = outcome.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return new FuzzFailure(fuzzCase, FailureKind.CompileErrors, "compile errors " + Signature(errors), Describe(errors));
        }

        if (outcome.CompilerDiagnostics.Count > 0)
        {
            return new FuzzFailure(fuzzCase, FailureKind.CompileWarnings, "compile warnings " + Signature(outcome.CompilerDiagnostics), Describe(outcome.CompilerDiagnostics));
        }

        if (outcome.GeneratedFiles == 0 && LooksLikeOpenApi(fuzzCase.Text))
        {
            return new FuzzFailure(fuzzCase, FailureKind.SilentlyIgnored, "no code and no error for an OpenAPI document",
                "the document has an openapi or swagger key at its top, but the generator reported no error and generated nothing: " + Describe(outcome.GeneratorDiagnostics));
        }

        return null;
    }

    /// <summary>The exception OATG007 reports, found among those thrown while the case ran alone.</summary>
    private static (Exception Exception, List<string> Frames)? OriginOf(string message, CaseOutcome outcome)
    {
        foreach (var (exception, stack) in outcome.Thrown.Reverse())
        {
            if (message.Contains(exception.GetType().Name + ": " + exception.Message.Trim().TrimEnd('.'), StringComparison.Ordinal))
            {
                return (exception, ThrownExceptions.Frames(stack));
            }
        }

        return null;
    }

    /// <summary>The innermost frame of the generator or its reader, and the generator's own frame that called it.</summary>
    private static string Where(List<string> frames)
    {
        string? inner = frames.FirstOrDefault(f => !f.StartsWith("System.", StringComparison.Ordinal));
        string? own = frames.FirstOrDefault(f => f.StartsWith("OpenApiThreads.Generator.", StringComparison.Ordinal));
        return inner is null ? "(no frame)" : own is null || own == inner ? inner : inner + " via " + own;
    }

    /// <summary>Ignoring a file silently is right only when it is not an OpenAPI document.</summary>
    private static bool LooksLikeOpenApi(string text)
        => YamlTree.TryParse(text) is YamlDotNet.RepresentationModel.YamlMappingNode root
            && root.Children.Keys.Any(k => k is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "openapi" or "swagger" });

    private static bool IsInFile(Diagnostic diagnostic, string path, int lineCount)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return span.IsValid
            && span.Path == path
            && span.StartLinePosition.Line < lineCount
            && span.EndLinePosition.Line < lineCount
            && span.StartLinePosition <= span.EndLinePosition;
    }

    /// <summary>OATG007's message names the file, then says what failed: only the latter identifies the bug.</summary>
    private static string CauseOf(string message)
    {
        int failed = message.IndexOf("' failed: ", StringComparison.Ordinal);
        return failed >= 0 ? message.Substring(failed + "' failed: ".Length) : message;
    }

    private static string Signature(IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostic first = diagnostics.First();
        string ids = string.Join(",", diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        return ids + " (" + first.Id + ": " + Normalize(first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)) + ")";
    }

    private static string Normalize(string message)
    {
        string general = Numbers.Replace(Pointers.Replace(Quoted.Replace(message, "'…'"), "#/…"), "#");
        return general.Length > 160 ? general.Substring(0, 160) + "…" : general;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n      ", diagnostics.Take(5).Select(d => Shorten(d.ToString(), 300)));

    private static IEnumerable<string> StackTop(Exception exception, int frames)
        => (exception.StackTrace ?? string.Empty)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Take(frames);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "…";
}
