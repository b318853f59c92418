using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Errors;

/// <summary>
/// OPENAI_API_KEY never reaches stdout or stderr. <see cref="Cli.RunAsync(IReadOnlyDictionary{string, string}, string[])"/>
/// checks this after every run in this project; these are the paths most likely to echo configuration.
/// </summary>
public sealed class ApiKeyTests(EmulatorFixture emulator)
{
    public static TheoryData<string[]> CommandLines => new()
    {
        { ["--help"] },
        { ["create", "--help"] },
        { ["retrieve", "thread_missing"] },
        { ["update", "thread_missing", "--metadata", "a=b"] },
        { ["runs", "create", "thread_missing", "--assistant-id", "asst_abc123", "--stream"] },
        { ["--base-url", "ftp://127.0.0.1/v1/", "create"] },
        { ["create", "--metdata", "a=b"] },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task IsNotPrinted_OnHelpOrErrors(string[] args)
    {
        CliResult result = await emulator.RunAsync(args);

        Assert.DoesNotContain(Cli.ApiKey, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsNotPrinted_WhenTheBuiltInEmulatorIsUsedWithAKeySet()
    {
        CliResult result = await Cli.RunAsync(new Dictionary<string, string> { ["OPENAI_API_KEY"] = Cli.ApiKey }, "create");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain(Cli.ApiKey, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }
}
