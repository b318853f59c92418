using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using OpenApiThreads.Tests.Errors;
using Xunit;

namespace OpenApiThreads.Tests.Security;

/// <summary>
/// Specs/errors.yaml over Kestrel: an error schema per status and per range is each typed, messages quote the
/// document's description for the status, and problem details are read where the document declares no error body.
/// </summary>
public sealed class ErrorResponseTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await RecordingServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private ErrorsClient Answering(int status, string body, string contentType = "application/json")
    {
        _server.Answer = async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, Token);
            return true;
        };
        return new ErrorsClient(new ErrorsClientOptions { BaseAddress = _server.BaseAddress, MaxRetries = 0 });
    }

    [Fact]
    public async Task A_status_with_its_own_schema_is_read_as_that_type_and_described()
    {
        var error = await Assert.ThrowsAsync<ErrorsApiException<NotFound>>(() => Answering(404, """{"missing":"w1"}""").TypedErrorsAsync(Token));

        Assert.Equal("w1", error.Error.Missing);
        Assert.Equal("typedErrors failed with HTTP 404 (Not Found): Widget not found.", error.Message);
    }

    [Fact]
    public async Task A_range_with_its_own_schema_is_read_as_that_type()
    {
        var error = await Assert.ThrowsAsync<ErrorsApiException<Refusal>>(() => Answering(422, """{"reason":"too big"}""").TypedErrorsAsync(Token));

        Assert.Equal("too big", error.Error.Reason);
        Assert.StartsWith("typedErrors failed with HTTP 422 (Unprocessable Entity): The request was refused.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_status_is_read_as_the_default_and_its_description_yields_to_the_servers_message()
    {
        var error = await Assert.ThrowsAsync<ErrorsApiException<Failure>>(() => Answering(500, """{"message":"disk full"}""").TypedErrorsAsync(Token));

        Assert.Equal("typedErrors failed with HTTP 500 (Internal Server Error): disk full", error.Message);
    }

    [Fact]
    public async Task Problem_details_are_read_where_the_document_declares_no_error_body()
    {
        string problem = """{"type":"https://example.test/locked","title":"Locked","status":409,"detail":"Widget w1 is locked.","owner":"ann"}""";

        var error = await Assert.ThrowsAsync<ErrorsApiException>(() => Answering(409, problem, "application/problem+json").UntypedErrorsAsync(Token));

        Assert.Equal("untypedErrors failed with HTTP 409 (Conflict): The widget is locked. The server said: Widget w1 is locked.", error.Message);
        Assert.Equal(("https://example.test/locked", "Locked", "Widget w1 is locked.", 409), (error.ProblemType, error.ProblemTitle, error.ProblemDetail, error.ProblemStatus));
        Assert.Equal("ann", error.Problem!.Value.GetProperty("owner").GetString());
    }
}
