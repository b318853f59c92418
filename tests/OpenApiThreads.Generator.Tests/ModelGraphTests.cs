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
                ModelGraph.AssertValuesOnly(value, step, step != TrackingNames.Input);
            }
        }
    }
}
