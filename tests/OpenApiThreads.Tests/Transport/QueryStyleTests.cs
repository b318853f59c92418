using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiThreads.Tests.QueryStyles;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>Array query parameters follow the spec's style and explode (Specs/query-styles.yaml); scalars use JSON spellings.</summary>
public sealed class QueryStyleTests
{
    [Fact]
    public async Task Each_style_is_spelled_as_the_spec_says()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.NoContent, string.Empty));
        var client = new QueryStylesClient(new HttpClient(handler));

        await client.SearchAsync(
            exploded: ["a b", "c&d"],
            joined: ["x", "y,z"],
            spaced: [1, 2],
            piped: ["p", "q"],
            flag: true,
            when: new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero),
            cancellationToken: TestContext.Current.CancellationToken);

        string query = handler.Requests.Single().Uri.Query;
        Assert.Equal(
            "?exploded=a%20b&exploded=c%26d&joined=x%2Cy%2Cz&spaced=1%202&piped=p%7Cq&flag=true&when=2026-11-22T08%3A00%3A00.0000000%2B00%3A00",
            query);
    }

    [Fact]
    public async Task Unset_optional_parameters_are_left_out()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.NoContent, string.Empty));

        await new QueryStylesClient(new HttpClient(handler)).SearchAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("https://example.test/api/search", handler.Requests.Single().Uri.AbsoluteUri);
    }
}
