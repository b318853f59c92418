using System.Text.Json;
using Constructs.Enums;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/enums.yaml: string enums are forward-compatible, and known values are easy to use.</summary>
public sealed class EnumTests
{
    [Fact]
    public void Known_values_round_trip()
    {
        Run run = RoundTrip.Assert("""{"status":"in_progress","history":["queued","requires-action","2fa"],"priority":"high"}""", EnumsJsonContext.Default.Run);

        Assert.Equal(RunStatus.InProgress, run.Status);
        Assert.True(run.Status.IsKnown);
        Assert.Equal([RunStatus.Queued, RunStatus.RequiresAction, RunStatus._2fa], run.History);
        Assert.Equal(RunPriority.High, run.Priority);
    }

    [Fact]
    public void A_value_the_spec_does_not_list_round_trips_unchanged()
    {
        Run run = RoundTrip.Assert("""{"status":"cancelling","history":["expired"],"priority":"urgent"}""", EnumsJsonContext.Default.Run);

        Assert.False(run.Status.IsKnown);
        Assert.Equal("cancelling", run.Status.Value);
        Assert.NotEqual(default, run.Status);
    }

    [Fact]
    public void Known_values_work_in_a_switch()
    {
        static string Describe(RunStatus status) => status.Value switch
        {
            RunStatus.Values.Queued => "waiting",
            RunStatus.Values.Completed => "done",
            _ => "other",
        };

        Assert.Equal("waiting", Describe(RunStatus.Queued));
        Assert.Equal("done", Describe(new RunStatus("completed")));
        Assert.Equal("other", Describe("brand_new"));
    }

    [Fact]
    public void A_wrong_token_kind_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"status":3}""", EnumsJsonContext.Default.Run));
    }
}
