using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>A server whose cursors go round in a circle: auto-paging stops with a typed error instead of looping.</summary>
public sealed class PagingChaosTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Page(string id) => """{"object":"list","data":[{"id":""" + "\"" + id + "\"" + ""","object":"thread.message","created_at":1,"thread_id":"thread_1","status":"completed","incomplete_details":null,"completed_at":null,"incomplete_at":null,"role":"user","content":[],"assistant_id":null,"run_id":null,"attachments":[],"metadata":{}}],"first_id":""" + "\"" + id + "\"" + ""","last_id":""" + "\"" + id + "\"" + ""","has_more":true}""";

    [Fact]
    public async Task Cursors_that_cycle_A_B_A_stop_with_a_typed_error_on_the_first_repeat()
    {
        string[] cursors = ["msg_A", "msg_B"];
        await using var server = new ChaosServer(exchange => exchange.RespondAsync(200, Page(cursors[exchange.Index % 2])));
        int items = 0;

        Exception failure = await Chaos.FailureOf(async () =>
        {
            await foreach (MessageObject _ in Chaos.Client(server).ListMessagesAutoPagingAsync("thread_1", cancellationToken: Cancel))
            {
                items++;
            }
        });

        Assert.True(Assert.IsType<ThreadsApiException>(failure).IsMalformedResponse);
        Assert.Equal(3, server.Requests);
        Assert.Equal(3, items);
        Assert.Contains("after=msg_B", server.Received.Last(), StringComparison.Ordinal);
    }
}
