using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Stripe;

/// <summary>
/// Three real Stripe operations, generated from Stripe's own spec and sent through a recording handler: the request
/// line and form body must be exactly what Stripe documents. Stripe reads nested form fields in brackets
/// (<c>metadata[order_id]=6735</c>, <c>line_items[0][price]=…</c>) and scalar arrays as <c>expand[]=…</c> (its curl
/// examples; its libraries also send <c>expand[0]=…</c>, which it reads alike); the spec declares this through
/// <c>style: deepObject</c> in each body's <c>encoding</c> and on each query parameter. Brackets are percent-encoded
/// (<c>%5B</c>, <c>%5D</c>) and spaces are <c>+</c> in a form body, as <see cref="System.Net.Http.FormUrlEncodedContent"/>
/// writes them; Stripe decodes both spellings.
/// </summary>
public sealed class StripeWireTests(StripeWireFixture fixture) : IClassFixture<StripeWireFixture>
{
    private const string Form = "application/x-www-form-urlencoded";

    private CompiledClient Client
    {
        get
        {
            if (fixture.Client is null)
            {
                Assert.Skip(StripeSpec.Missing);
            }

            return fixture.Client;
        }
    }

    [Fact]
    public async Task Create_customer_sends_its_address_and_metadata_in_brackets_and_expand_as_a_bracketed_list()
    {
        object body = Client.New(
            "PostCustomersRequest",
            ("Address", Client.Union("PostCustomersRequestAddress", Client.New(
                "PostCustomersRequestAddressVariant1",
                ("City", "San Francisco"),
                ("Country", "US"),
                ("Line1", "510 Townsend St"),
                ("PostalCode", "94103"),
                ("State", "CA")))),
            ("Email", "jenny.rosen@example.com"),
            ("Expand", new List<string> { "default_source", "tax" }),
            ("Metadata", Client.Union("PostCustomersRequestMetadata", new Dictionary<string, string> { ["order_id"] = "6735" })),
            ("Name", "Jenny Rosen"),
            ("PreferredLocales", new List<string> { "en", "fr" }),
            ("TaxExempt", Client.Enum("PostCustomersRequestTaxExempt", "none")));

        RecordedRequest request = await SendAsync("PostCustomers", ("body", body));

        Assert.Equal("POST https://api.stripe.com/v1/customers", request.Line);
        Assert.Equal(Form, request.ContentType);
        // address[city]=San Francisco&address[country]=US&address[line1]=510 Townsend St&address[postal_code]=94103
        // &address[state]=CA&email=jenny.rosen@example.com&expand[]=default_source&expand[]=tax&metadata[order_id]=6735
        // &name=Jenny Rosen&preferred_locales[]=en&preferred_locales[]=fr&tax_exempt=none
        Assert.Equal(
            "address%5Bcity%5D=San+Francisco&address%5Bcountry%5D=US&address%5Bline1%5D=510+Townsend+St&address%5Bpostal_code%5D=94103"
            + "&address%5Bstate%5D=CA&email=jenny.rosen%40example.com&expand%5B%5D=default_source&expand%5B%5D=tax&metadata%5Border_id%5D=6735"
            + "&name=Jenny+Rosen&preferred_locales%5B%5D=en&preferred_locales%5B%5D=fr&tax_exempt=none",
            request.Body);
    }

    [Fact]
    public async Task Create_checkout_session_sends_two_line_items_by_index_with_nested_price_data()
    {
        object body = Client.New(
            "PostCheckoutSessionsRequest",
            ("AutomaticTax", Client.New("PostCheckoutSessionsRequestAutomaticTax", ("Enabled", true))),
            ("CancelUrl", "https://example.com/cancel"),
            ("LineItems", Client.ListOf(
                "PostCheckoutSessionsRequestLineItemsItem",
                Client.New("PostCheckoutSessionsRequestLineItemsItem", ("Price", "price_1MotwRLkdIwHu7ixYcPLm5uZ"), ("Quantity", 2L)),
                Client.New(
                    "PostCheckoutSessionsRequestLineItemsItem",
                    ("PriceData", Client.New(
                        "PostCheckoutSessionsRequestLineItemsItemPriceData",
                        ("Currency", "usd"),
                        ("ProductData", Client.New("PostCheckoutSessionsRequestLineItemsItemPriceDataProductData", ("Name", "T-shirt"))),
                        ("UnitAmount", 2000L))),
                    ("Quantity", 1L)))),
            ("Metadata", new Dictionary<string, string> { ["order_id"] = "6735" }),
            ("Mode", Client.Enum("PostCheckoutSessionsRequestMode", "payment")),
            ("PaymentMethodTypes", Client.ListOf("PostCheckoutSessionsRequestPaymentMethodTypesItem", Client.Enum("PostCheckoutSessionsRequestPaymentMethodTypesItem", "card"))),
            ("SuccessUrl", "https://example.com/success"));

        RecordedRequest request = await SendAsync("PostCheckoutSessions", ("body", body));

        Assert.Equal("POST https://api.stripe.com/v1/checkout/sessions", request.Line);
        Assert.Equal(Form, request.ContentType);
        // automatic_tax[enabled]=true&cancel_url=https://example.com/cancel&line_items[0][price]=price_1MotwRLkdIwHu7ixYcPLm5uZ
        // &line_items[0][quantity]=2&line_items[1][price_data][currency]=usd&line_items[1][price_data][product_data][name]=T-shirt
        // &line_items[1][price_data][unit_amount]=2000&line_items[1][quantity]=1&metadata[order_id]=6735&mode=payment
        // &payment_method_types[]=card&success_url=https://example.com/success
        Assert.Equal(
            "automatic_tax%5Benabled%5D=true&cancel_url=https%3A%2F%2Fexample.com%2Fcancel&line_items%5B0%5D%5Bprice%5D=price_1MotwRLkdIwHu7ixYcPLm5uZ"
            + "&line_items%5B0%5D%5Bquantity%5D=2&line_items%5B1%5D%5Bprice_data%5D%5Bcurrency%5D=usd&line_items%5B1%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bname%5D=T-shirt"
            + "&line_items%5B1%5D%5Bprice_data%5D%5Bunit_amount%5D=2000&line_items%5B1%5D%5Bquantity%5D=1&metadata%5Border_id%5D=6735&mode=payment"
            + "&payment_method_types%5B%5D=card&success_url=https%3A%2F%2Fexample.com%2Fsuccess",
            request.Body);
    }

    [Fact]
    public async Task List_charges_sends_a_created_range_in_brackets_or_a_plain_timestamp_and_expand_as_a_bracketed_list()
    {
        object range = Client.Union("GetChargesCreated", Client.New("GetChargesCreatedVariant1", ("Gte", 1654041600L), ("Lt", 1656633600L)));
        RecordedRequest ranged = await SendAsync("GetCharges", ("created", range), ("customer", "cus_9s6XKzkNRiz8i3"), ("expand", new List<string> { "data.customer" }), ("limit", 3L));
        RecordedRequest exact = await SendAsync("GetCharges", ("created", Client.Union("GetChargesCreated", 1654041600L)));

        string[] expected =
        [
            // created[gte]=1654041600&created[lt]=1656633600&customer=cus_9s6XKzkNRiz8i3&expand[]=data.customer&limit=3
            "GET https://api.stripe.com/v1/charges?created%5Bgte%5D=1654041600&created%5Blt%5D=1656633600&customer=cus_9s6XKzkNRiz8i3&expand%5B%5D=data.customer&limit=3",
            "GET https://api.stripe.com/v1/charges?created=1654041600",
        ];
        string[] actual = [ranged.Line, exact.Line];

        Assert.Equal(expected, actual);
        Assert.Null(ranged.Body);
    }

    private async Task<RecordedRequest> SendAsync(string operation, params (string Parameter, object? Value)[] arguments)
    {
        var handler = new RecordingHandler();
        await Client.CallAsync(handler, "StripeClient", operation, arguments);
        return Assert.Single(handler.Requests);
    }
}
