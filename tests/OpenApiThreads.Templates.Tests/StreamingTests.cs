using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Templates;
using Xunit;

namespace OpenApiThreads.Templates.Tests;

/// <summary>Server-sent events: where a stream ends, what a malformed event becomes, and the streaming request body.</summary>
public sealed class StreamingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_are_yielded_until_the_done_sentinel()
    {
        using HttpResponseMessage response = Stream("data: \"a\"\n\n: a comment\n\nevent: message\ndata: \"b\"\n\ndata: [DONE]\n\ndata: \"after\"\n\n");

        Assert.Equal(["a", "b"], await ReadAll(response, Token));
    }

    [Fact]
    public async Task A_last_event_ends_the_stream_with_its_value()
    {
        using HttpResponseMessage response = Stream("data: \"a\"\n\nevent: done\ndata: \"last\"\n\ndata: \"after\"\n\n");

        Assert.Equal(["a", "last"], await ReadAll(response, Token));
    }

    [Fact]
    public async Task A_stream_may_end_without_a_sentinel_and_an_unfinished_event_is_dropped()
    {
        using HttpResponseMessage response = Stream("data: \"a\"\r\n\r\ndata: \"b\"\r\n\r\ndata: \"unfinished\"");

        Assert.Equal(["a", "b"], await ReadAll(response, Token));
    }

    [Fact]
    public async Task A_malformed_event_after_good_ones_is_a_malformed_response()
    {
        using HttpResponseMessage response = Stream("data: \"a\"\n\ndata: {not json\n\ndata: \"b\"\n\n");
        var seen = new List<string>();

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate>(async () =>
        {
            await foreach (string item in ApiClientTemplate.TestReadEventsAsync(response, TestJsonContext.Default.String, Token))
            {
                seen.Add(item);
            }
        });

        Assert.Equal(["a"], seen);
        Assert.True(error.IsMalformedResponse);
        Assert.StartsWith("testOperation streamed an event that is not the documented JSON: ", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task A_response_that_is_not_an_event_stream_is_refused()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"name\":\"a\"}", Encoding.UTF8, "application/json") };

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate>(() => ReadAll(response, Token));

        Assert.Contains("'application/json' where a text/event-stream was expected.", error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"name\":\"a\"}", error.ResponseBody);
    }

    [Fact]
    public async Task The_callers_token_stops_the_stream_between_events_already_received()
    {
        using HttpResponseMessage response = Stream("data: \"a\"\n\ndata: \"b\"\n\n");
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (string item in ApiClientTemplate.TestReadEventsAsync(response, TestJsonContext.Default.String, caller.Token))
            {
                Assert.Equal("a", item);
                await caller.CancelAsync();
            }
        });
    }

    [Fact]
    public async Task The_streaming_body_sets_the_flag_and_leaves_the_callers_object_alone()
    {
        var body = new TestItem("a", Stream: false);

        using HttpContent content = ApiClientTemplate.TestStreamingJsonContent(body, TestJsonContext.Default.TestItem, "stream");
        using HttpContent empty = ApiClientTemplate.TestStreamingJsonContent<TestItem?>(null, TestJsonContext.Default.TestItem!, "stream");

        Assert.Equal("{\"name\":\"a\",\"stream\":true}", await content.ReadAsStringAsync(Token));
        Assert.Equal("application/json", content.Headers.ContentType!.MediaType);
        Assert.False(body.Stream);
        Assert.Equal("null", await empty.ReadAsStringAsync(Token));
    }

    [Theory]
    [InlineData("{\"a\":1}", true)]
    [InlineData(" [1, 2] ", true)]
    [InlineData("\"text\"", true)]
    [InlineData("42", true)]
    [InlineData("{} {}", false)]
    [InlineData("{\"a\":", false)]
    [InlineData("plain text", false)]
    [InlineData("", false)]
    public void Only_one_whole_json_value_counts_as_json(string data, bool expected)
        => Assert.Equal(expected, ApiClientTemplate.TestIsJson(Encoding.UTF8.GetBytes(data)));

    [Theory]
    [InlineData("{\"id\":\"x\"}", "{\"event\":\"thread.new\",\"data\":{\"id\":\"x\"}}")]
    [InlineData("not json", "{\"event\":\"thread.new\",\"data\":\"not json\"}")]
    public void An_unknown_event_is_kept_whole(string data, string expected)
        => Assert.Equal(expected, ApiClientTemplate.TestUnknownEvent("thread.new", Encoding.UTF8.GetBytes(data)).GetRawText());

    private static HttpResponseMessage Stream(string events)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(events)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    private static async Task<List<string>> ReadAll(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var items = new List<string>();
        await foreach (string item in ApiClientTemplate.TestReadEventsAsync(response, TestJsonContext.Default.String, cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }
}
