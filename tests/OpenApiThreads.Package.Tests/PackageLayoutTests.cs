using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using OpenApiThreads.Package.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Package.Tests;

/// <summary>What the nupkg holds: an analyzer and its MSBuild files, and nothing a consumer would reference or depend on.</summary>
public sealed class PackageLayoutTests(PackedGenerator package)
{
    [Fact]
    public void The_package_holds_the_generator_its_dependencies_and_build_files_only()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        string[] files = archive.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("_rels/", System.StringComparison.Ordinal)
                && !name.StartsWith("package/", System.StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .Order(System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            [
                "OpenApiThreads.Generator.nuspec",
                "README.md",
                "analyzers/dotnet/cs/Microsoft.OpenApi.dll",
                "analyzers/dotnet/cs/OpenApiThreads.Generator.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/OpenApiThreads.Generator.props",
                "build/OpenApiThreads.Generator.targets",
            ],
            files);
    }

    [Fact]
    public void The_nuspec_marks_a_development_dependency_with_no_dependencies()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.PackagePath);
        using Stream stream = archive.GetEntry("OpenApiThreads.Generator.nuspec")!.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal(PackedGenerator.PackageId, Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        Assert.Null(Value("dependencies"));
    }
}
