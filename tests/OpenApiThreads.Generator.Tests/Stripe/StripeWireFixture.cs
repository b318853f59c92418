using System;
using System.Text.Json;

namespace OpenApiThreads.Generator.Tests.Stripe;

/// <summary>
/// One client for the three operations the wire tests send, generated from a sub-document of Stripe's spec and
/// compiled once for the class (~7 s, most of it compiling; with Stripe's response schemas kept it would be ~50 s).
/// </summary>
public sealed class StripeWireFixture : IDisposable
{
    internal static readonly string[] Operations = ["PostCustomers", "PostCheckoutSessions", "GetCharges"];

    public StripeWireFixture()
    {
        if (StripeSpec.Document is { } document)
        {
            string json = SubDocument.Extract(document, opaqueResponses: true, Operations).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            Client = CompiledClient.Build(json, "/specs/stripe-wire.json");
        }
    }

    /// <summary>Null when the spec is not there.</summary>
    internal CompiledClient? Client { get; }

    public void Dispose() => Client?.Dispose();
}
