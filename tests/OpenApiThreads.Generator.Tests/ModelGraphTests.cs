using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>
/// Caching only works if every step's output compares by value. This walks everything the pipeline carries and
/// fails on anything that does not: Roslyn symbols and compilations, YAML or OpenAPI objects, JSON nodes, source
/// positions in the model, and collections that compare by reference.
/// </summary>
public sealed class ModelGraphTests
{
    [Fact]
    public void Pipeline_outputs_hold_only_values()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec);
        GeneratorRunResult run = result.Results.Single();

        foreach (string step in new[] { TrackingNames.Input, TrackingNames.Model, TrackingNames.Plan, TrackingNames.Emit, TrackingNames.Layout, TrackingNames.Output })
        {
            foreach (object value in run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value))
            {
                Walk(value, step, step != TrackingNames.Input, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Walk(object? value, string path, bool positionsForbidden, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
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
