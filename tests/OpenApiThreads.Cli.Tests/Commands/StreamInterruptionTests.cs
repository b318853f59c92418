using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Emulator;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Commands;

/// <summary>
/// Ctrl+C during <c>runs create --stream</c>, as the cancellation token <c>Program</c> hands over. An emulator of its
/// own waits between events, so the stream is still open when the token is cancelled; the shared one stays fast.
/// </summary>
public sealed class StreamInterruptionTests
{
    [Fact]
    public async Task CancellingAfterTheFirstEvent_StopsTheStream_WithExitCode130AndOneLine()
    {
        await using ThreadsEmulator slow = await ThreadsEmulator.StartAsync(TestContext.Current.CancellationToken);
        // Far longer than the test: if the cancellation were not honoured, the next event could not arrive first.
        slow.StreamEventDelay = TimeSpan.FromSeconds(30);
        var environment = Cli.Environment(slow.BaseAddress);
        string threadId = (await Cli.RunAsync(environment, "create", "--message", "user:Hi")).Json().Str("id");

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var stdout = new CancelOnFirstOutput(interrupt);
        CliResult result = await Cli.RunAsync(environment, stdout, interrupt.Token, "runs", "create", threadId, "--assistant-id", "asst_abc123", "--stream");

        Assert.Equal(ExitCodes.Interrupted, result.ExitCode);
        string line = Assert.Single(CliResult.Lines(result.Stdout));
        Assert.Equal("thread.run.created", CliResult.ParseLine(line).Str("event"));
        Assert.Equal("error: runs create interrupted", Assert.Single(CliResult.Lines(result.Stderr)));
    }

    /// <summary>Cancels as soon as the command flushes its first output, as a user would press Ctrl+C on seeing it.</summary>
    private sealed class CancelOnFirstOutput(CancellationTokenSource interrupt) : StringWriter
    {
        public override void Flush()
        {
            base.Flush();
            if (GetStringBuilder().Length > 0)
            {
                interrupt.Cancel();
            }
        }
    }
}
