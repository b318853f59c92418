using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Bodies.Generated;
using Xunit;

namespace OpenApiThreads.Tests.Bodies;

/// <summary>An operation documenting 200 and 202 with different bodies returns which arrived, each read as its own type.</summary>
public sealed class MultipleSuccessTests
{
    [Theory]
    [InlineData(HttpStatusCode.OK, """{"id":"job_1","output":"done"}""")]
    [InlineData(HttpStatusCode.Accepted, """{"ticket":"t_9","position":3}""")]
    public async Task The_caller_can_tell_which_success_arrived_and_read_it_typed(HttpStatusCode status, string body)
    {
        var client = new BodiesClient(new HttpClient(new FixedHandler(status, body)), new BodiesClientOptions { BaseAddress = new Uri("http://127.0.0.1/") });

        SubmitJobResult result = await client.SubmitJobAsync(TestContext.Current.CancellationToken);

        Assert.Equal((int)status, result.StatusCode);
        if (status == HttpStatusCode.OK)
        {
            Assert.Equal(("job_1", "done"), (result.Status200!.Id, result.Status200.Output));
            Assert.Null(result.Status202);
        }
        else
        {
            Assert.Equal(("t_9", (long?)3), (result.Status202!.Ticket, result.Status202.Position));
            Assert.Null(result.Status200);
        }
    }

    [Fact]
    public async Task An_undocumented_success_status_reads_as_the_first_documented_body()
    {
        var client = new BodiesClient(new HttpClient(new FixedHandler(HttpStatusCode.Created, """{"id":"job_2"}""")), new BodiesClientOptions { BaseAddress = new Uri("http://127.0.0.1/") });

        SubmitJobResult result = await client.SubmitJobAsync(TestContext.Current.CancellationToken);

        Assert.Equal((201, "job_2"), (result.StatusCode, result.Status200!.Id));
    }

    private sealed class FixedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
