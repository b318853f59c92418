using System;
using System.IO;
using System.Linq;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

public sealed class TmpPolyProbe(ITestOutputHelper output)
{
    [Theory]
    [InlineData("apache.org_airflow_2.10.0-openapi.yaml")]
    [InlineData("apache.org_iceberg-rest-catalog_0.0.1-openapi.yaml")]
    [InlineData("bitbucket.org_2.0-swagger.yaml")]
    [InlineData("discord.com_10-openapi.json")]
    [InlineData("linode.com_4.5.0-openapi.yaml")]
    [InlineData("ory.sh_kratos_v26.2.0-openapi.json")]
    [InlineData("rebilly.com_2.1-openapi.yaml")]
    public void Probe(string name)
    {
        string text = File.ReadAllText(Path.Combine("/work/shared/corpus", name));
        var (compilation, result, _) = GeneratorHarness.Run(text, "/project/spec/" + name);
        foreach (var d in result.Diagnostics.Where(d => d.Id == "OATG004"))
        {
            output.WriteLine(d.GetMessage());
        }

        string all = string.Join("\n", result.GeneratedTrees.Select(t => t.ToString()));
        output.WriteLine("polymorphic converters: " + System.Text.RegularExpressions.Regex.Matches(all, "class PolymorphicConverter_").Count);
        output.WriteLine("problems: " + GeneratorHarness.Problems(compilation).Count);
    }
}
