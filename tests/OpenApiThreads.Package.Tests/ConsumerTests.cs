using System;
using System.Collections.Generic;
using System.IO;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Package.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Package.Tests;

/// <summary>
/// A fresh project references the package, lists a spec with <c>OpenApiSpec</c>, and calls a loopback server
/// through the generated client; then the spec changes and an ordinary incremental build follows it.
/// </summary>
public sealed class ConsumerTests(PackedGenerator package)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_project_builds_calls_the_api_and_follows_a_spec_edit()
    {
        var stopwatch = Stopwatch.StartNew();
        ConsumerProject consumer = ConsumerProject.Create(package);

        consumer.UseSpec("pets.v1.yaml");
        consumer.UseProgram("Program.v1.cs");
        Log(await Build(consumer, restore: true));
        CommandResult first = Log(await Run(consumer));
        AssertOutput(
            first,
            "get: 42 Rex dog",
            "server received: name=Bella tag=cat",
            "create: 7 Bella cat",
            "operations: CreatePetAsync, GetPetAsync",
            "client is public: False");

        // The spec alone changes: the build must notice it, and the same program must see the new operation.
        consumer.UseSpec("pets.v2.yaml");
        Log(await Build(consumer, restore: false));
        CommandResult afterSpecEdit = Log(await Run(consumer));
        AssertOutput(
            afterSpecEdit,
            "get: 42 Rex dog",
            "server received: name=Bella tag=cat",
            "create: 7 Bella cat",
            "operations: CreatePetAsync, GetPetAsync, ListPetsAsync",
            "client is public: False");

        // Then the code uses what the edit added.
        consumer.UseProgram("Program.v2.cs");
        Log(await Build(consumer, restore: false));
        CommandResult second = Log(await Run(consumer));
        AssertOutput(
            second,
            "get: 42 Rex dog age 3",
            "server received: name=Bella tag=cat",
            "create: 7 Bella cat age 1",
            "list: 7 Bella, 42 Rex");

        // An IDE sees the spec and its options too. Last, because it rewrites the file that carries the options,
        // which would have set off the spec-only rebuild above by itself.
        string optionsFile = Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "Consumer.GeneratedMSBuildEditorConfig.editorconfig");
        File.Delete(optionsFile);
        (CommandResult designTime, IReadOnlyList<string> compilerArguments) = await consumer.DesignTimeBuildAsync(Cancel);
        Log(designTime);
        Assert.Contains("/additionalfile:spec/pets.yaml", compilerArguments);
        Assert.Contains("/analyzerconfig:obj/Debug/net10.0/Consumer.GeneratedMSBuildEditorConfig.editorconfig", compilerArguments);
        string options = File.ReadAllText(optionsFile).ReplaceLineEndings("\n");
        string specSection = $"[{Path.Combine(consumer.Directory, "spec", "pets.yaml")}]\n";
        Assert.Contains(specSection, options);
        string specOptions = options[(options.IndexOf(specSection, StringComparison.Ordinal) + specSection.Length)..].Split("\n[")[0] + "\n";
        Assert.Contains("build_metadata.AdditionalFiles.OpenApiNamespace = Demo.Pets\n", specOptions);
        Assert.Contains("build_metadata.AdditionalFiles.OpenApiClientName = PetsClient\n", specOptions);
        Assert.Contains("build_metadata.AdditionalFiles.OpenApiAccessibility = internal\n", specOptions);

        Log($"pack {package.Pack.Elapsed.TotalSeconds:0.0} s (shared with the other tests), consumer {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<CommandResult> Build(ConsumerProject consumer, bool restore)
        => (await consumer.BuildAsync(restore, Cancel)).AssertSucceeded();

    private static async Task<CommandResult> Run(ConsumerProject consumer)
        => (await consumer.RunAsync(Cancel)).AssertSucceeded();

    private static void AssertOutput(CommandResult result, params string[] expectedLines)
    {
        string[] lines = result.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(expectedLines.AsSpan().SequenceEqual(lines), $"Expected:\n{string.Join('\n', expectedLines)}\n\n{result.Describe()}");
    }

    private static CommandResult Log(CommandResult result)
    {
        Log($"{result.CommandLine}: {result.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    private static void Log(string message) => TestContext.Current.TestOutputHelper?.WriteLine(message);
}
