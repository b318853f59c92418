using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OpenApiThreads.Cli.Commands;
using Xunit;

namespace OpenApiThreads.Cli.Tests;

/// <summary>Help and version go to stdout with exit code 0, and never need a server.</summary>
public sealed class HelpTests
{
    private static readonly IReadOnlyDictionary<string, string> NoConfiguration = new Dictionary<string, string>();

    public static TheoryData<string> CommandNames => new(CommandCatalog.All.Select(c => c.Name));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("messages", "--help")]
    public async Task ProgramHelp_ListsEveryCommand_AndTheExitCodes(params string[] args)
    {
        CliResult result = await Cli.RunAsync(NoConfiguration, args);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith("openai-threads ", result.Stdout, StringComparison.Ordinal);
        Assert.All(CommandCatalog.All, command => Assert.Contains("\n  " + command.Name + " ", result.Stdout, StringComparison.Ordinal));
        Assert.Contains("Exit codes: 0 success, 1 API or network error, 2 usage error, 130 interrupted.", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task CommandHelp_ShowsItsUsage_ByOptionAndByHelpCommand(string name)
    {
        string[] words = name.Split(' ');
        CliResult byOption = await Cli.RunAsync(NoConfiguration, [.. words, "--help"]);
        CliResult byCommand = await Cli.RunAsync(NoConfiguration, ["help", .. words]);

        Assert.Equal(ExitCodes.Success, byOption.ExitCode);
        Assert.Equal(string.Empty, byOption.Stderr);
        Assert.StartsWith($"Usage: openai-threads {name}", byOption.Stdout, StringComparison.Ordinal);
        Assert.Equal(byOption, byCommand);
    }

    [Fact]
    public async Task Version_PrintsTheProgramNameAndVersion()
    {
        CliResult result = await Cli.RunAsync(NoConfiguration, "--version");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"^openai-threads \d+\.\d+\.\d+\S*\r?\n$", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }
}
