using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Infrastructure;

/// <summary>
/// Caching only works if every step's output compares by value. This walks a pipeline value and fails on anything
/// that does not: Roslyn symbols and compilations, YAML or OpenAPI objects, JSON nodes, source positions in the
/// model, and collections that compare by reference.
/// </summary>
internal static class ModelGraph
{
    public static void AssertValuesOnly(object? value, string path, bool positionsForbidden)
        => Walk(value, path, positionsForbidden, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? value, string path, bool positionsForbidden, HashSet<object> seen)
    {
        // A DiagnosticDescriptor is Roslyn's own immutable, equatable value: diagnostics carry it by design.
        if (value is null || value is string || value is DiagnosticDescriptor || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or Location or AdditionalText, $"{path} holds a Roslyn object ({type.Name})");
        string ns = type.Namespace ?? string.Empty;
        Assert.False(ns.StartsWith("YamlDotNet", StringComparison.Ordinal) || ns.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) || ns.StartsWith("System.Text.Json", StringComparison.Ordinal), $"{path} holds a parser object ({type.FullName})");
        Assert.False(positionsForbidden && value is LinePositionSpan or LinePosition or TextSpan, $"{path} holds a source position; positions belong in diagnostics only");
        Assert.False(type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition && (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(System.Collections.Immutable.ImmutableArray<>))),
            $"{path} is a {type.Name}, which compares by reference");

        if (!seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            int index = 0;
            foreach (object? item in sequence)
            {
                Walk(item, path + "[" + index++ + "]", positionsForbidden, seen);
            }

            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            // Derived views (TypeRef.RuntimeType, TypeSpec.Ref) build new objects and are not state.
            if (property.Name is "RuntimeType" or "Ref" or "EqualityContract")
            {
                continue;
            }

            Walk(property.GetValue(value), path + "." + property.Name, positionsForbidden, seen);
        }
    }
}
