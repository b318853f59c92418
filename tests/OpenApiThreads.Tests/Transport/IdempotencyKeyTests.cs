using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Idempotency;
using Xunit;

namespace OpenApiThreads.Tests.Transport;

/// <summary>
/// A spec that declares an Idempotency-Key header (Specs/idempotency.yaml): the client makes one key per logical
/// call, sends the same key on every retry, and so retries the POST like a GET.
/// </summary>
public sealed class IdempotencyKeyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static OrdersClient Client(FaultInjectingHandler handler) => new(new HttpClient(handler), new OrdersClientOptions
    {
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
    });

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(408)]
    public async Task A_POST_with_a_generated_key_is_retried_with_the_same_key(int status)
    {
        var handler = new FaultInjectingHandler(Respond.With((HttpStatusCode)status, "{}"), Respond.Failure(HttpRequestError.ResponseEnded), Respond.With(HttpStatusCode.OK, """{"id":"order_1"}"""));

        await Client(handler).CreateOrderAsync(new CreateOrderRequest { Item = "tea" }, cancellationToken: Cancel);

        string[] keys = handler.Requests.Select(r => r.Headers["Idempotency-Key"]).ToArray();
        Assert.Equal(3, keys.Length);
        Assert.True(Guid.TryParse(keys[0], out _));
        Assert.All(keys, key => Assert.Equal(keys[0], key));
    }

    [Fact]
    public async Task Each_call_gets_its_own_key_and_a_key_the_caller_gives_is_kept()
    {
        var handler = new FaultInjectingHandler(Respond.With(HttpStatusCode.OK, """{"id":"order_1"}"""));
        OrdersClient client = Client(handler);

        await client.CreateOrderAsync(new CreateOrderRequest(), cancellationToken: Cancel);
        await client.CreateOrderAsync(new CreateOrderRequest(), cancellationToken: Cancel);
        await client.CreateOrderAsync(new CreateOrderRequest(), idempotencyKey: "mine-1", cancellationToken: Cancel);

        string[] keys = handler.Requests.Select(r => r.Headers["Idempotency-Key"]).ToArray();
        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal("mine-1", keys[2]);
    }
}
