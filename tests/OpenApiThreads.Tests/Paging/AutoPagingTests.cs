using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Transport;
using Xunit;

namespace OpenApiThreads.Tests.Paging;

/// <summary>The auto-paging methods follow <c>last_id</c> through <c>after</c>, lazily, until <c>has_more</c> is false.</summary>
public sealed class AutoPagingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Message(string id) => """{"id":""" + "\"" + id + "\"" + ""","object":"thread.message","created_at":1,"thread_id":"thread_1","status":"completed","incomplete_details":null,"completed_at":null,"incomplete_at":null,"role":"user","content":[],"assistant_id":null,"run_id":null,"attachments":[],"metadata":{}}""";

    private static string Page(bool hasMore, params string[] ids)
        => $$"""{"object":"list","data":[{{string.Join(",", ids.Select(Message))}}],"first_id":{{(ids.Length == 0 ? "null" : "\"" + ids[0] + "\"")}},"last_id":{{(ids.Length == 0 ? "null" : "\"" + ids[^1] + "\"")}},"has_more":{{(hasMore ? "true" : "false")}}}""";

    private static ThreadsClient Client(FaultInjectingHandler handler) => new(new HttpClient(handler), new ThreadsClientOptions { MaxRetries = 0 });

    [Fact]
    public async Task Every_item_of_every_page_in_order_with_the_cursor_of_the_page_before()
    {
        var handler = new FaultInjectingHandler(
            Respond.With(HttpStatusCode.OK, Page(true, "msg_1", "msg_2")),
            Respond.With(HttpStatusCode.OK, Page(true, "msg_3", "msg_4")),
            Respond.With(HttpStatusCode.OK, Page(false, "msg_5")));

        var ids = new List<string>();
        await foreach (MessageObject message in Client(handler).ListMessagesAutoPagingAsync("thread_1", limit: 2, order: ListOrder.Asc, cancellationToken: Cancel))
        {
            ids.Add(message.Id);
        }

        Assert.Equal(["msg_1", "msg_2", "msg_3", "msg_4", "msg_5"], ids);
        var queries = handler.Requests.Select(r => r.Uri.Query).ToList();
        Assert.Equal(["?limit=2&order=asc", "?limit=2&order=asc&after=msg_2", "?limit=2&order=asc&after=msg_4"], queries);
    }

    [Fact]
    public async Task Pages_are_fetched_only_as_items_are_consumed()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK, Page(true, "msg_1", "msg_2")), Respond.With(HttpStatusCode.OK, Page(false, "msg_3")));

        var first = new List<string>();
        await foreach (MessageObject message in Client(handler).ListMessagesAutoPagingAsync("thread_1", cancellationToken: Cancel))
        {
            first.Add(message.Id);
            if (first.Count == 2)
            {
                break;
            }
        }

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_page_that_claims_more_with_the_same_cursor_stops_with_a_typed_error()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK, Page(true, "msg_1")), Respond.With(HttpStatusCode.OK, Page(true, "msg_1")));

        int count = 0;
        var error = await Assert.ThrowsAsync<ThreadsApiException>(async () =>
        {
            await foreach (var _ in Client(handler).ListMessagesAutoPagingAsync("thread_1", cancellationToken: Cancel))
            {
                count++;
            }
        });

        Assert.True(error.IsMalformedResponse);
        Assert.Contains("'msg_1' a second time", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, count);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task An_empty_list_yields_nothing()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK, Page(false)));

        Assert.Empty(await ToListAsync(Client(handler).ListMessagesAutoPagingAsync("thread_1", cancellationToken: Cancel)));
    }

    [Fact]
    public async Task An_error_on_a_later_page_is_the_typed_exception()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK, Page(true, "msg_1")), Respond.With(HttpStatusCode.NotFound, Respond.Error));

        var error = await Assert.ThrowsAsync<ThreadsApiException<ErrorResponse>>(() => ToListAsync(Client(handler).ListMessagesAutoPagingAsync("thread_1", cancellationToken: Cancel)));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("listMessages", error.OperationId);
    }

    [Fact]
    public async Task An_exploded_array_query_parameter_repeats_its_name()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK, """{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}"""));

        await Client(handler).ListRunStepsAsync("thread_1", "run_1", include: ["step_details.tool_calls[*].file_search.results[*].content"], cancellationToken: Cancel);

        string query = handler.Requests.Single().Uri.Query;
        Assert.Equal("?include%5B%5D=step_details.tool_calls%5B%2A%5D.file_search.results%5B%2A%5D.content", query);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
