using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenApiThreads.Tests.Bodies.Generated;
using Xunit;

namespace OpenApiThreads.Tests.Bodies;

/// <summary>
/// Specs/bodies.yaml over real HTTP: each request media type the generator writes, read back by ASP.NET Core's own
/// form and multipart readers; each response kind read by the generated client.
/// </summary>
public sealed class BodyKindTests : IClassFixture<BodyServer>
{
    private readonly BodyServer _server;
    private readonly BodiesClient _client;

    public BodyKindTests(BodyServer server)
    {
        _server = server;
        _client = new BodiesClient(new HttpClient(), new BodiesClientOptions { BaseAddress = server.BaseAddress });
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_form_body_is_written_exactly_as_Stripe_reads_it()
    {
        Received received = await _client.CreateCustomerAsync(StripeShapedCustomer(), Cancel);

        Assert.Equal(
            "email=ada%40example.com&balance=-5&tax_exempt=true&ratio=0.5"
            + "&metadata%5Bplan%5D=pro&metadata%5Bseat+count%5D=3"
            + "&address%5Bline1%5D=1+Main+St&address%5Bcity%5D=Z%C3%BCrich"
            + "&items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=price_2"
            + "&expand%5B%5D=customer&expand%5B%5D=invoice&tags=a&tags=b&codes=x%2Cy",
            _server.LastFormBody);
        Assert.Equal(["a", "b"], received.Fields!["tags"]);
        Assert.Equal(["Zürich"], received.Fields["address[city]"]);
    }

    [Fact]
    public async Task Bracketed_fields_decode_back_to_the_nested_model()
    {
        Received received = await _client.CreateCustomerAsync(StripeShapedCustomer(), Cancel);

        // What ASP.NET Core's form reader read, rebuilt the way a bracket-notation server nests it.
        JsonObject decoded = BracketDecoder.Decode(received.Fields!.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v))));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {
                  "email": "ada@example.com", "balance": "-5", "tax_exempt": "true", "ratio": "0.5",
                  "metadata": { "plan": "pro", "seat count": "3" },
                  "address": { "line1": "1 Main St", "city": "Zürich" },
                  "items": [ { "price": "price_1", "quantity": "2" }, { "price": "price_2" } ],
                  "expand": [ "customer", "invoice" ],
                  "tags": "b", "codes": "x,y"
                }
                """),
            decoded), decoded.ToJsonString());
    }

    [Fact]
    public async Task A_multipart_body_carries_files_text_lists_and_json_parts()
    {
        byte[] cover = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        byte[] first = Encoding.UTF8.GetBytes("first attachment");
        byte[] second = new byte[100_000];
        new Random(7).NextBytes(second);
        using var forwardOnly = new ForwardOnlyStream(second);

        Received received = await _client.UploadAsync(
            new UploadRequest
            {
                Title = "Grüße",
                Count = 3,
                Tags = ["a", "b"],
                Meta = new UploadRequestMeta { Author = "Ada", Pages = 3 },
                Cover = new Generated.FileUpload(cover, "cover.png"),
                Attachments = [new Generated.FileUpload(first, "notes — draft.txt", "text/plain"), new Generated.FileUpload(forwardOnly)],
            },
            cancellationToken: Cancel);

        Assert.Equal(["Grüße"], received.Fields!["title"]);
        Assert.Equal(["3"], received.Fields["count"]);
        Assert.Equal(["a", "b"], received.Fields["tags"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"author":"Ada","pages":3}"""), JsonNode.Parse(received.Fields["meta"].Single())));
        var files = received.Files!.Select(f => (f.Name, f.FileName, f.ContentType, f.Length, f.Sha256)).ToList();
        Assert.Equal(
            [
                ("cover", "cover.png", "image/png", 256L, Sha(cover)),
                ("attachments", "notes — draft.txt", "text/plain", first.Length, Sha(first)),
                ("attachments", "attachments", "application/octet-stream", second.Length, Sha(second)),
            ],
            files);
    }

    [Fact]
    public async Task An_upload_reports_progress_up_to_its_length()
    {
        byte[] bytes = new byte[300_000];
        var seen = new List<long>();
        var progress = new SynchronousProgress(seen.Add);

        using Generated.FileDownload echoed = await _client.PutBlobAsync("x", new Generated.FileUpload(bytes), progress, Cancel);

        Assert.NotEmpty(seen);
        Assert.Equal(bytes.Length, seen[^1]);
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public async Task A_binary_body_goes_out_and_a_binary_response_streams_back_with_its_name_type_and_length()
    {
        byte[] bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray();

        await using Generated.FileDownload download = await _client.PutBlobAsync("näme.bin", new Generated.FileUpload(new MemoryStream(bytes), contentType: "application/x-custom"), cancellationToken: Cancel);
        using var copy = new MemoryStream();
        await download.CopyToAsync(copy, cancellationToken: Cancel);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(("application/x-custom", (long?)bytes.Length, "näme.bin", 200), (download.ContentType, download.ContentLength, download.FileName, download.StatusCode));
    }

    [Fact]
    public async Task A_text_body_and_a_text_response_are_strings()
    {
        string answer = await _client.ShoutAsync("héllo", Cancel);

        Assert.Equal("HÉLLO|text/plain; charset=utf-8", answer);
    }

    [Fact]
    public async Task A_response_without_a_body_is_a_plain_task()
    {
        Task call = _client.PingAsync(Cancel);

        await call;
        Assert.True(call.IsCompletedSuccessfully);
    }

    private static CreateCustomerRequest StripeShapedCustomer() => new()
    {
        Email = "ada@example.com",
        Balance = -5,
        TaxExempt = true,
        Ratio = 0.5,
        Metadata = new Dictionary<string, string> { ["plan"] = "pro", ["seat count"] = "3" },
        Address = new CreateCustomerRequestAddress { Line1 = "1 Main St", City = "Zürich" },
        Items = [new CreateCustomerRequestItemsItem { Price = "price_1", Quantity = 2 }, new CreateCustomerRequestItemsItem { Price = "price_2" }],
        Expand = ["customer", "invoice"],
        Tags = ["a", "b"],
        Codes = ["x", "y"],
    };

    private static string Sha(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>IProgress that reports on the calling thread, so the test sees every report before the call returns.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>A stream that can be read once, front to back, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
