using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Constructs.Parameters;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>
/// Specs/parameters.yaml: path, query and header values are spelled the way the spec's formats say, whatever the
/// current culture: RFC 3339 dates, invariant numbers.
/// </summary>
public sealed class ParameterTests
{
    [Fact]
    public async Task Values_are_formatted_invariantly_whatever_the_current_culture()
    {
        // The project runs with InvariantGlobalization, so no named culture exists: a clone of the invariant one
        // with another date pattern and decimal separator stands in for "de-DE" and its kind.
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        culture.DateTimeFormat.LongTimePattern = "HH.mm.ss";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NegativeSign = "~";
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var handler = new RecordingHandler();
            var client = new ParametersClient(new HttpClient(handler));

            await client.GetDayAsync(
                new DateOnly(2024, 2, 29),
                new DateTimeOffset(2024, 2, 29, 13, 5, 9, TimeSpan.Zero),
                -1.5,
                0.25f,
                12.5m,
                -3,
                new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
                true,
                days: new[] { new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31) },
                xSince: new DateOnly(2023, 7, 4),
                xLimit: 2.5,
                cancellationToken: TestContext.Current.CancellationToken);

            Assert.Equal(
                "https://params.example.com/days/2024-02-29?at=2024-02-29T13%3A05%3A09.0000000%2B00%3A00&amount=-1.5&ratio=0.25&price=12.5&count=-3&id=0f8fad5b-d9cb-469f-a165-70867728950e&flag=true&days=2024-01-01%2C2024-12-31",
                handler.Request!.RequestUri!.AbsoluteUri);
            Assert.Equal("2023-07-04", handler.Request.Headers.GetValues("X-Since").Single());
            Assert.Equal("2.5", handler.Request.Headers.GetValues("X-Limit").Single());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
