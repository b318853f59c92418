using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using OpenApiThreads.Templates;
using Xunit;

namespace OpenApiThreads.Templates.Tests;

/// <summary>CreateRequest and the helpers the operations build URIs, headers and bodies with.</summary>
public sealed class RequestBuildingTests
{
    [Theory]
    [InlineData("https://api.example.test/v1", "https://api.example.test/v1/threads/t1")]
    [InlineData("https://api.example.test/v1/", "https://api.example.test/v1/threads/t1")]
    [InlineData("https://api.example.test", "https://api.example.test/threads/t1")]
    public void The_relative_path_joins_the_base_address_with_one_slash(string baseAddress, string expected)
    {
        var (client, _, options) = TestClient.Create();
        options.BaseAddress = new Uri(baseAddress);

        using HttpRequestMessage request = client.TestCreateRequest(HttpMethod.Get, "threads/t1", accept: null);

        Assert.Equal(expected, request.RequestUri!.AbsoluteUri);
        Assert.Equal(HttpMethod.Get, request.Method);
    }

    [Theory]
    [InlineData("https://options.test/", "https://client.test/", "https://document.test/", null, "https://options.test/x")]
    [InlineData(null, "https://client.test/", "https://document.test/", null, "https://client.test/x")]
    [InlineData(null, null, "https://document.test/", null, "https://document.test/x")]
    [InlineData(null, null, "https://document.test/", "https://operation.test/v2", "https://operation.test/v2/x")]
    [InlineData(null, "https://client.test/", "https://document.test/", "https://operation.test/v2", "https://client.test/x")]
    [InlineData("https://options.test/", null, "https://document.test/", "https://operation.test/v2", "https://options.test/x")]
    [InlineData(null, null, "https://document.test/v1/", "/v2/", "https://document.test/v2/x")]
    public void The_base_address_is_the_options_then_the_HttpClient_then_the_operation_server_then_the_document(string? fromOptions, string? fromHttpClient, string document, string? operationServer, string expected)
    {
        var (client, _, options) = TestClient.Create(httpClientBaseAddress: fromHttpClient is null ? null : new Uri(fromHttpClient));
        options.BaseAddress = fromOptions is null ? null : new Uri(fromOptions);
        options.DocumentServer = new Uri(document);

        using HttpRequestMessage request = client.TestCreateRequest(HttpMethod.Get, "x", accept: null, operationServer);

        Assert.Equal(expected, request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void No_base_address_names_the_option_to_set()
    {
        var (client, _, options) = TestClient.Create();
        options.BaseAddress = null;

        var error = Assert.Throws<InvalidOperationException>(() => client.TestCreateRequest(HttpMethod.Get, "threads", accept: null));
        Assert.Contains("ApiOptionsTemplate.BaseAddress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_and_user_agent_are_sent_when_given()
    {
        var (client, _, options) = TestClient.Create();
        options.UserAgent = "Tests/1.0";

        using HttpRequestMessage request = client.TestCreateRequest(HttpMethod.Get, "threads", accept: "text/event-stream");
        using HttpRequestMessage bare = client.TestCreateRequest(HttpMethod.Get, "threads", accept: null);

        Assert.Equal("text/event-stream", Assert.Single(request.Headers.GetValues("Accept")));
        Assert.Equal("Tests/1.0", Assert.Single(request.Headers.GetValues("User-Agent")));
        Assert.False(bare.Headers.Contains("Accept"));
    }

    [Fact]
    public void Default_headers_override_the_user_agent()
    {
        var (client, _, options) = TestClient.Create();
        options.UserAgent = "Tests/1.0";
        options.DefaultHeaders["user-agent"] = "Override/2.0";

        using HttpRequestMessage request = client.TestCreateRequest(HttpMethod.Get, "threads", accept: null);

        Assert.Equal("Override/2.0", Assert.Single(request.Headers.GetValues("User-Agent")));
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    public void A_header_value_with_a_line_break_is_refused(string value)
    {
        var (client, _, options) = TestClient.Create();
        options.DefaultHeaders["X-Custom"] = value;

        var error = Assert.Throws<ArgumentException>(() => client.TestCreateRequest(HttpMethod.Get, "threads", accept: null));
        Assert.Contains("X-Custom", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thread_1", "thread_1")]
    [InlineData("a/b?c#d%e f", "a%2Fb%3Fc%23d%25e%20f")]
    [InlineData("...", "...")]
    [InlineData("ü", "%C3%BC")]
    public void A_path_parameter_stays_one_segment(string value, string expected)
        => Assert.Equal(expected, ApiClientTemplate.TestEscapePathSegment(value));

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void A_dot_segment_path_parameter_is_refused(string value)
        => Assert.Throws<ArgumentException>(() => ApiClientTemplate.TestEscapePathSegment(value));

    [Fact]
    public void Query_parameters_start_with_a_question_mark_and_are_escaped()
    {
        var query = new StringBuilder();
        ApiClientTemplate.TestAppendQuery(query, "limit", "20");
        ApiClientTemplate.TestAppendQuery(query, "a b", "x&y=z");
        ApiClientTemplate.TestAppendQuery(query, "ids", ApiClientTemplate.TestJoinQuery(new[] { 1, 2, 3 }, ",", static i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("?limit=20&a%20b=x%26y%3Dz&ids=1%2C2%2C3", query.ToString());
        Assert.Equal(string.Empty, ApiClientTemplate.TestJoinQuery(Array.Empty<string>(), "|", static s => s));
    }

    [Fact]
    public async Task A_json_body_is_utf8_json_with_its_content_type()
    {
        using HttpContent content = ApiClientTemplate.TestJsonContent(new TestItem("ü"), TestJsonContext.Default.TestItem);

        Assert.Equal("application/json", content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"name\":\"\\u00FC\"}", await content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
