using System;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using Constructs.Annotations;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

// These tests use what the spec deprecates, on purpose: [Obsolete] is what they check.
#pragma warning disable CS0618

/// <summary>Specs/annotations.yaml: defaults are documented and never sent; deprecation becomes [Obsolete].</summary>
public sealed class AnnotationTests
{
    [Fact]
    public void Defaults_are_not_written_when_unset()
    {
        var settings = new Settings { Name = "s", LegacyRequired = "x" };

        Assert.Equal("""{"name":"s","legacy_required":"x"}""", JsonSerializer.Serialize(settings, AnnotationsJsonContext.Default.Settings));
    }

    [Fact]
    public void Values_equal_to_the_default_round_trip_when_present()
    {
        Settings settings = RoundTrip.Assert("""{"name":"s","temperature":1,"mode":"fast","retries":3,"legacy_flag":true,"legacy_required":"x"}""", AnnotationsJsonContext.Default.Settings);

        Assert.Equal(1, settings.Temperature);
        RoundTrip.Assert("""{"name":"s","retries":null,"legacy_required":"x"}""", AnnotationsJsonContext.Default.Settings);
    }

    [Fact]
    public void Defaults_are_in_the_XML_docs()
    {
        XDocument docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "OpenApiThreads.Constructs.Tests.xml"));

        Assert.Contains("1", Doc(docs, "P:Constructs.Annotations.Settings.Temperature"), StringComparison.Ordinal);
        Assert.Contains("\"fast\"", Doc(docs, "P:Constructs.Annotations.Settings.Mode"), StringComparison.Ordinal);
        Assert.Contains("3", Doc(docs, "P:Constructs.Annotations.Settings.Retries"), StringComparison.Ordinal);
        Assert.Contains("default", Doc(docs, "P:Constructs.Annotations.Settings.Temperature"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deprecated_schemas_and_properties_are_Obsolete()
    {
        Assert.NotNull(typeof(OldSettings).GetCustomAttribute<ObsoleteAttribute>());
        Assert.NotNull(typeof(Settings).GetProperty(nameof(Settings.LegacyFlag))!.GetCustomAttribute<ObsoleteAttribute>());

        // C# forbids [Obsolete] on a required member (CS9042), so a deprecated required property says so in its docs.
        Assert.Null(typeof(Settings).GetProperty(nameof(Settings.LegacyRequired))!.GetCustomAttribute<ObsoleteAttribute>());
    }

    [Fact]
    public void Deprecated_members_still_round_trip()
    {
        UsesOld uses = RoundTrip.Assert("""{"old":{"value":"v"}}""", AnnotationsJsonContext.Default.UsesOld);
        Assert.Equal("v", uses.Old!.Value);
    }

    private static string Doc(XDocument docs, string member)
    {
        foreach (XElement element in docs.Descendants("member"))
        {
            if ((string?)element.Attribute("name") == member)
            {
                return element.Value;
            }
        }

        throw new Xunit.Sdk.XunitException("No XML docs for " + member);
    }
}
