using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Package.Tests.Infrastructure;

/// <summary>
/// Packs the generator once for every test in a class, into a local feed in a fresh folder under the system's temp
/// directory: outside the repository, so none of its Directory.*.props (central package versions above all) apply
/// to the consumer built there.
/// </summary>
public sealed class PackedGenerator : IAsyncLifetime
{
    public const string PackageId = "OpenApiThreads.Generator";

    /// <summary>Set to 1 to keep the temp folder (feed, consumer, logs) after the run.</summary>
    public const string KeepVariable = "OPENAPITHREADS_KEEP_PACKAGE_TESTS";

    // A version no earlier run produced: no cache (NuGet's, or the compiler server's) can answer with a stale copy.
    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "OpenApiThreads.Package.Tests", Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    public string PackagePath => Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");

    /// <summary>The pack command's result, with its duration.</summary>
    public CommandResult Pack { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        // Stop MSBuild's and NuGet's upward search here, whatever lies above the temp directory.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        string generatorProject = Path.Combine(RepositoryRoot(), "generator", "OpenApiThreads.Generator", "OpenApiThreads.Generator.csproj");
        // Build output goes to the temp folder too: nothing a concurrent build left in the repository's bin/ can
        // end up in the package, and packing does not disturb such a build.
        Pack = (await DotNetCli.RunAsync(
            Root,
            ["pack", generatorProject, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:PackageVersion={Version}", "-tl:off"],
            new Dictionary<string, string>(),
            TimeSpan.FromMinutes(5),
            TestContext.Current.CancellationToken)).AssertSucceeded();
        Assert.True(File.Exists(PackagePath), $"No {PackagePath}.\n{Pack.Describe()}");
    }

    public ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) != "1" && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenApiThreads.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No OpenApiThreads.sln above {AppContext.BaseDirectory}.");
    }
}
