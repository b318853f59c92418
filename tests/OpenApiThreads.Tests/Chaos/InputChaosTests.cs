using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>Arguments that would change the request's meaning are refused before anything is sent.</summary>
public sealed class InputChaosTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public async Task An_empty_or_blank_path_parameter_is_refused(string id)
    {
        await using var server = new ChaosServer(exchange => exchange.RespondAsync(200, """{"id":"thread_abc","object":"thread.deleted","deleted":true}"""));

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server).DeleteThreadAsync(id, Cancel));

        Assert.Equal("threadId", Assert.IsType<ArgumentException>(failure).ParamName);
        Assert.Equal(0, server.Requests);
    }

    [Theory]
    [InlineData("a\0b")]
    [InlineData("a\rb")]
    [InlineData("a\nb")]
    [InlineData("a\u0001b")]
    [InlineData("a\u007fb")]
    public async Task A_control_character_in_a_header_value_is_refused(string value)
    {
        await using var server = new ChaosServer(exchange => exchange.RespondAsync(200, Chaos.Thread));

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server, o => o.DefaultHeaders["X-Trace"] = value).GetThreadAsync("thread_abc", Cancel));

        Assert.IsAssignableFrom<ArgumentException>(failure);
        Assert.Equal(0, server.Requests);
    }

    /// <summary>The bearer lines build an AuthenticationHeaderValue, which refuses the value first (FormatException).</summary>
    [Fact]
    public async Task A_control_character_in_the_API_key_is_refused_without_echoing_the_key()
    {
        await using var server = new ChaosServer(exchange => exchange.RespondAsync(200, Chaos.Thread));

        Exception failure = await Chaos.FailureOf(() => Chaos.Client(server, o => o.ApiKey = Chaos.ApiKey + "\0").GetThreadAsync("thread_abc", Cancel));

        Assert.True(failure is ArgumentException or FormatException, failure.GetType().Name);
        Assert.Equal(0, server.Requests);
    }
}
