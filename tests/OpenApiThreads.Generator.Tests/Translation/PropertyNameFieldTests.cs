using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiThreads.Generator.Naming;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Translation;

/// <summary>
/// The context's PropertyNames table holds any JSON name, so its field names must be valid, short enough for
/// metadata, and never shared by two names.
/// </summary>
public sealed class PropertyNameFieldTests
{
    [Fact]
    public void Every_name_gets_its_own_valid_field()
    {
        string[] names =
        [
            "id", "created_at", "Id", "class", "PropertyNames", "Equals", "x-id", "x_002did", "_x_002did", "a__b", "a_b", "",
            "2fa", "_", "__", "élan", "a b", "a.b", "a-b", "a_b_", new string('a', 41), new string('a', 42), new string('a', 100_000),
            new string('a', 99_999) + "b", "__long_a", "_005flong",
        ];

        string[] fields = names.Select(PropertyNameFields.FieldName).ToArray();

        Assert.Equal(names.Length, fields.Distinct(System.StringComparer.Ordinal).Count());
        Assert.All(fields, f => Assert.True(SyntaxFacts.IsValidIdentifier(f.TrimStart('@')) && f.Length <= 100, f));
        Assert.Equal("created_at", PropertyNameFields.FieldName("created_at"));
        Assert.Equal("@class", PropertyNameFields.FieldName("class"));
    }
}
