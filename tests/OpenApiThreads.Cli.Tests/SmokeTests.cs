using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests;

public sealed class SmokeTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Create_PrintsAThread()
    {
        var thread = await emulator.JsonAsync("create");
        Assert.Equal("thread", thread.GetProperty("object").GetString());
    }
}
