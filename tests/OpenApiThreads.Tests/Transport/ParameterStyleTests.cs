using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiThreads.Tests.QueryStyles;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>
/// Objects in the query (deepObject and exploded form), allowReserved, header arrays, cookies, and the label and
/// matrix path styles, spelled as OpenAPI defines them (Specs/query-styles.yaml).
/// </summary>
public sealed class ParameterStyleTests
{
    [Fact]
    public async Task Query_objects_header_arrays_and_cookies_are_spelled_as_the_spec_says()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.NoContent, string.Empty));
        var client = new QueryStylesClient(new HttpClient(handler));

        await client.FilterAsync(
            session: "s p;c",
            filter: new FilterFilter { Status = "open", Tags = ["a", "b"], Range = new FilterFilterRange { Min = 5 } },
            pageParameter: new FilterPage { Number = 2, Size = 50 },
            raw: "a/b?c=d,e#f",
            xIds: [1, 2, 3],
            theme: "dark",
            cancellationToken: TestContext.Current.CancellationToken);

        var sent = handler.Requests.Single();
        Assert.Equal(
            "?filter%5Bstatus%5D=open&filter%5Btags%5D%5B%5D=a&filter%5Btags%5D%5B%5D=b&filter%5Brange%5D%5Bmin%5D=5&number=2&size=50&raw=a/b?c=d,e%23f",
            sent.Uri.Query);
        Assert.Equal("1,2,3", sent.Headers["X-Ids"]);
        Assert.Equal("session=s%20p%3Bc; theme=dark", sent.Headers["Cookie"]);
    }

    [Fact]
    public async Task Label_and_matrix_path_styles_and_path_arrays()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.NoContent, string.Empty));

        await new QueryStylesClient(new HttpClient(handler)).GetItemsAsync([1, 2], "v/1", ["x", "y z"], TestContext.Current.CancellationToken);

        Assert.Equal("/api/items/1,2/.v%2F1/;matrix=x;matrix=y%20z", handler.Requests.Single().Uri.AbsolutePath);
    }
}
