using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>A missing argument is an ArgumentNullException naming it, before anything reads it or anything is sent.</summary>
public sealed class ArgumentTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_null_body_of_an_operation_that_can_stream_is_named_not_dereferenced()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK));
        var client = new ThreadsClient(new HttpClient(handler));

        var run = await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateRunAsync("thread_1", null!, cancellationToken: Cancel));
        var threadAndRun = await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateThreadAndRunAsync(null!, Cancel));

        Assert.Equal(("body", "body"), (run.ParamName, threadAndRun.ParamName));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_null_path_value_is_named_before_the_body_is_read()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK));
        var client = new ThreadsClient(new HttpClient(handler));

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateRunAsync(null!, new CreateRunRequest { AssistantId = "asst_1", Stream = true }, cancellationToken: Cancel));

        Assert.Equal("threadId", exception.ParamName);
        Assert.Empty(handler.Requests);
    }
}
