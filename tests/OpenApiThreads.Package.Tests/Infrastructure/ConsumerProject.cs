using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Package.Tests.Infrastructure;

/// <summary>
/// A new console project that uses the packed generator the way its README says: a PackageReference and an
/// <c>OpenApiSpec</c> item. Its sources come from the Consumer folder beside the tests.
/// </summary>
internal sealed class ConsumerProject
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, string> _environment;

    private ConsumerProject(PackedGenerator package, string directory)
    {
        Directory = directory;
        // The consumer's own package folder: the test package never lands in the user's global cache, and the
        // restore has nothing else to fetch (the ASP.NET Core shared framework ships with the SDK).
        _environment = new() { ["NUGET_PACKAGES"] = Path.Combine(package.Root, "packages") };
    }

    public string Directory { get; }

    public static ConsumerProject Create(PackedGenerator package)
    {
        string directory = Path.Combine(package.Root, "consumer");
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "spec"));

        File.WriteAllText(Path.Combine(directory, "nuget.config"), $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Adds the local feed; the sources configured for the user still serve everything else. -->
            <configuration>
              <packageSources>
                <add key="openapithreads-local" value="{{package.Feed}}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
                <!-- Generators still run; only the SDK's and ASP.NET Core's analyzers (half a second per build) do not. -->
                <RunAnalyzers>false</RunAnalyzers>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="{{PackedGenerator.PackageId}}" Version="{{package.Version}}" PrivateAssets="all" />
                <OpenApiSpec Include="spec/pets.yaml" Namespace="Demo.Pets" ClientName="PetsClient" Accessibility="internal" />
              </ItemGroup>
            </Project>
            """);
        var project = new ConsumerProject(package, directory);
        project.CopyTemplate("Server.cs", "Server.cs");
        return project;
    }

    /// <summary>Replaces the spec with one of the versions in the Consumer folder.</summary>
    public void UseSpec(string templateName) => CopyTemplate(templateName, Path.Combine("spec", "pets.yaml"));

    /// <summary>Replaces Program.cs with one of the versions in the Consumer folder.</summary>
    public void UseProgram(string templateName) => CopyTemplate(templateName, "Program.cs");

    /// <summary>Builds as a user would, incrementally; only the first build restores.</summary>
    public Task<CommandResult> BuildAsync(bool restore, CancellationToken cancellationToken)
    {
        List<string> arguments = ["build", "-tl:off"];
        if (!restore)
        {
            arguments.Add("--no-restore");
        }
        return DotNetCli.RunAsync(Directory, arguments, _environment, BuildTimeout, cancellationToken);
    }

    /// <summary>
    /// What an IDE's design-time build hands the compiler: CoreCompile runs without the compiler and returns the
    /// command line, from which the IDE builds its own compilation.
    /// </summary>
    public async Task<(CommandResult Result, IReadOnlyList<string> CompilerArguments)> DesignTimeBuildAsync(CancellationToken cancellationToken)
    {
        CommandResult result = (await DotNetCli.RunAsync(
            Directory,
            ["msbuild", "-t:CoreCompile", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs"],
            _environment,
            BuildTimeout,
            cancellationToken)).AssertSucceeded();
        using JsonDocument json = JsonDocument.Parse(result.StandardOutput);
        List<string> arguments = [.. json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!)];
        return (result, arguments);
    }

    public Task<CommandResult> RunAsync(CancellationToken cancellationToken)
        => DotNetCli.RunAsync(Directory, [Path.Combine("bin", "Debug", "net10.0", "Consumer.dll")], _environment, RunTimeout, cancellationToken);

    // Written, not copied: a copy keeps the template's old timestamp, and an incremental build would rightly
    // take the file for unchanged. An editor saving the file gives it the current time, as this does.
    private void CopyTemplate(string templateName, string relativePath)
        => File.WriteAllText(Path.Combine(Directory, relativePath), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", templateName)));
}
