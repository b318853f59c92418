using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Errors;

/// <summary>A base URL without a key, or one that is not a usable URL: usage errors (2), found before any request.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task BaseUrlWithoutApiKey_ExitsWith2_NamingTheVariable(string? apiKey)
    {
        var environment = new Dictionary<string, string> { ["OPENAI_BASE_URL"] = "http://127.0.0.1:1/v1/" };
        if (apiKey is not null)
        {
            environment["OPENAI_API_KEY"] = apiKey;
        }

        string line = (await Cli.RunAsync(environment, "create")).ErrorLine(ExitCodes.Usage);

        Assert.StartsWith("error: OPENAI_API_KEY is not set; it is required when OPENAI_BASE_URL is used", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api.openai.com/v1", "is not an absolute http:// or https:// URL")]
    [InlineData("ftp://127.0.0.1/v1/", "is not an absolute http:// or https:// URL")]
    [InlineData("http://127.0.0.1:1/v1/?debug=1", "must not have a query or fragment")]
    public async Task UnusableBaseUrl_ExitsWith2(string baseUrl, string expected)
    {
        var environment = Cli.Environment(new Uri("http://127.0.0.1:1/v1/"));

        string fromOption = (await Cli.RunAsync(environment, "--base-url", baseUrl, "create")).ErrorLine(ExitCodes.Usage);
        string fromVariable = (await Cli.RunAsync(new Dictionary<string, string>(environment) { ["OPENAI_BASE_URL"] = baseUrl }, "create"))
            .ErrorLine(ExitCodes.Usage);

        Assert.StartsWith($"error: --base-url '{baseUrl}' {expected}", fromOption, StringComparison.Ordinal);
        Assert.StartsWith($"error: OPENAI_BASE_URL '{baseUrl}' {expected}", fromVariable, StringComparison.Ordinal);
    }
}
