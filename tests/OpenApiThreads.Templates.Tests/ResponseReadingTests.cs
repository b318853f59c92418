using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Templates;
using Xunit;

namespace OpenApiThreads.Templates.Tests;

/// <summary>Reading success bodies, and turning failures and malformed bodies into exceptions that say what happened.</summary>
public sealed class ResponseReadingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_success_body_is_read_as_the_declared_type()
    {
        using HttpResponseMessage response = await Buffered(HttpStatusCode.OK, "{\"name\":\"a\"}");

        TestItem item = await ApiClientTemplate.TestReadResponseAsync(response, TestJsonContext.Default.TestItem, fastRead: null, Token);

        Assert.Equal(new TestItem("a"), item);
    }

    [Fact]
    public async Task The_generated_reader_is_used_only_with_the_contexts_own_options()
    {
        ApiJsonContextTemplate.OwnOptions = TestJsonContext.Default.Options;
        ApiJsonContextTemplate.FastReader<TestItem> fast = static (ref Utf8JsonReader reader, JsonSerializerOptions _) =>
        {
            reader.Skip();
            return new TestItem("from the generated reader");
        };

        using HttpResponseMessage own = await Buffered(HttpStatusCode.OK, "{\"name\":\"a\"}");
        using HttpResponseMessage other = await Buffered(HttpStatusCode.OK, "{\"name\":\"a\"}");
        var otherOptions = new JsonSerializerOptions(TestJsonContext.Default.Options);

        Assert.Equal("from the generated reader", (await ApiClientTemplate.TestReadResponseAsync(own, TestJsonContext.Default.TestItem, fast, Token)).Name);
        Assert.Equal("a", (await ApiClientTemplate.TestReadResponseAsync(other, new TestJsonContext(otherOptions).TestItem, fast, Token)).Name);
    }

    [Theory]
    [InlineData("{\"name\":", "a body that is not a valid TestItem: ")]
    [InlineData("<html>oops</html>", "a body that is not a valid TestItem: ")]
    [InlineData("null", "JSON null where a TestItem was expected.")]
    public async Task A_body_that_is_not_the_declared_json_is_a_malformed_response(string body, string expected)
    {
        using HttpResponseMessage response = await Buffered(HttpStatusCode.OK, body);
        response.Headers.TryAddWithoutValidation("x-request-id", "req_1");

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate>(() => ApiClientTemplate.TestReadResponseAsync(response, TestJsonContext.Default.TestItem, fastRead: null, Token));

        Assert.StartsWith("testOperation answered 200 with " + expected, error.Message, StringComparison.Ordinal);
        Assert.True(error.IsMalformedResponse);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal(body, error.ResponseBody);
        Assert.Equal("testOperation", error.OperationId);
        Assert.Equal("req_1", Assert.Single(error.Headers["X-Request-Id"]));
        Assert.Equal(body == "null", error.InnerException is null);
    }

    [Fact]
    public async Task Success_passes_through()
    {
        using HttpResponseMessage response = await Buffered(HttpStatusCode.Created, "{}");

        await ApiClientTemplate.TestEnsureSuccessAsync(response, TestJsonContext.Default.TestError, static e => e.Error?.Message, Token);
        await ApiClientTemplate.TestEnsureSuccessAsync(response, Token);
    }

    [Fact]
    public async Task A_declared_error_body_is_parsed_and_its_message_quoted()
    {
        using HttpResponseMessage response = await Buffered(HttpStatusCode.NotFound, "{\"error\":{\"message\":\"No thread found.\"}}");

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate<TestError>>(() => ApiClientTemplate.TestEnsureSuccessAsync(response, TestJsonContext.Default.TestError, static e => e.Error?.Message, Token));

        Assert.Equal("testOperation failed with HTTP 404 (Not Found): No thread found.", error.Message);
        Assert.Equal("No thread found.", error.ServerMessage);
        Assert.Equal("No thread found.", error.Error.Error?.Message);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Not Found", error.ReasonPhrase);
        Assert.False(error.IsMalformedResponse);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("")]
    [InlineData("null")]
    public async Task An_error_body_that_is_not_the_declared_shape_still_reaches_the_caller(string body)
    {
        using HttpResponseMessage response = await Buffered(HttpStatusCode.BadGateway, body);

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate>(() => ApiClientTemplate.TestEnsureSuccessAsync(response, TestJsonContext.Default.TestError, static e => e.Error?.Message, Token));

        Assert.IsNotType<ApiExceptionTemplate<TestError>>(error);
        Assert.Equal("testOperation failed with HTTP 502 (Bad Gateway).", error.Message);
        Assert.Equal(body, error.ResponseBody);
        Assert.Null(error.ServerMessage);
    }

    [Fact]
    public async Task An_operation_without_a_declared_error_reports_the_status_and_raw_body()
    {
        using HttpResponseMessage response = await Buffered(HttpStatusCode.InternalServerError, "boom");

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate>(() => ApiClientTemplate.TestEnsureSuccessAsync(response, Token));

        Assert.Equal("testOperation failed with HTTP 500 (Internal Server Error).", error.Message);
        Assert.Equal("boom", error.ResponseBody);
        Assert.Equal("application/json; charset=utf-8", Assert.Single(error.Headers["content-type"]));
    }

    [Theory]
    [InlineData(404, "{\"error\":{\"message\":\"No pet 7.\"}}", "testOperation failed with HTTP 404 (Not Found): Pet not found. The server said: No pet 7.")]
    [InlineData(404, "{}", "testOperation failed with HTTP 404 (Not Found): Pet not found.")]
    [InlineData(500, "{}", "testOperation failed with HTTP 500 (Internal Server Error): Unexpected error.")]
    [InlineData(500, "{\"error\":{\"message\":\"disk full\"}}", "testOperation failed with HTTP 500 (Internal Server Error): disk full")]
    public async Task The_documents_description_of_the_status_is_quoted_and_its_default_only_when_the_server_said_nothing(int status, string body, string expected)
    {
        using HttpResponseMessage response = await Buffered((HttpStatusCode)status, body);
        Func<int, bool, string?> describe = static (code, serverSaid) => code switch { 404 => "Pet not found", _ => serverSaid ? null : "Unexpected error." };

        var error = await Assert.ThrowsAnyAsync<ApiExceptionTemplate>(() => ApiClientTemplate.TestEnsureSuccessAsync(response, TestJsonContext.Default.TestError, static e => e.Error?.Message, Token, describe));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task A_problem_details_body_is_read_when_the_document_declares_no_error_schema()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Conflict)
        {
            ReasonPhrase = "Conflict",
            Content = new StringContent("{\"type\":\"https://example.test/out-of-stock\",\"title\":\"Out of stock\",\"status\":409,\"detail\":\"Only 2 left.\",\"balance\":30}", System.Text.Encoding.UTF8, "application/problem+json"),
        };
        await response.Content.LoadIntoBufferAsync(Token);

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate>(() => ApiClientTemplate.TestEnsureSuccessAsync(response, Token));

        Assert.Equal("testOperation failed with HTTP 409 (Conflict): Only 2 left.", error.Message);
        Assert.Equal("Only 2 left.", error.ServerMessage);
        Assert.Equal("Out of stock", error.Problem!.Value.GetProperty("title").GetString());
        Assert.Equal(30, error.Problem.Value.GetProperty("balance").GetInt32());
    }

    [Fact]
    public async Task A_json_body_that_is_not_problem_details_is_not_read_as_one()
    {
        using HttpResponseMessage response = await Buffered(HttpStatusCode.Conflict, "{\"title\":\"not a problem\"}");

        var error = await Assert.ThrowsAsync<ApiExceptionTemplate>(() => ApiClientTemplate.TestEnsureSuccessAsync(response, Token));

        Assert.Null(error.Problem);
        Assert.Null(error.ServerMessage);
    }

    /// <summary>A response whose body is already in memory, as SendAsync leaves it (ResponseContentRead).</summary>
    private static async Task<HttpResponseMessage> Buffered(HttpStatusCode status, string body)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        await response.Content.LoadIntoBufferAsync(Token);
        return response;
    }
}
