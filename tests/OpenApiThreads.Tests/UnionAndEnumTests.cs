using System.Text.Json;
using Xunit;

namespace OpenApiThreads.Tests;

/// <summary>Message content is a string or a list of typed parts; unknown values from a newer server survive.</summary>
public sealed class UnionAndEnumTests
{
    [Fact]
    public void String_content_reads_as_the_string_branch()
    {
        var message = JsonSerializer.Deserialize("""{"role":"user","content":"Hello"}""", ThreadsJsonContext.Default.CreateMessageRequest)!;

        Assert.True(message.Content.IsString);
        Assert.Equal("Hello", message.Content.AsString);
        Assert.Equal(CreateMessageRequestRole.User, message.Role);
    }

    [Fact]
    public void Content_parts_are_told_apart_by_their_type_tag()
    {
        const string Json = """
            {"role":"user","content":[
              {"type":"text","text":"Look:"},
              {"type":"image_url","image_url":{"url":"https://example.com/a.png","detail":"low"}},
              {"type":"image_file","image_file":{"file_id":"file_1"}}]}
            """;
        var message = JsonSerializer.Deserialize(Json, ThreadsJsonContext.Default.CreateMessageRequest)!;

        var parts = message.Content.AsMessageContentPartList!;
        Assert.Equal("Look:", parts[0].AsText!.Text);
        Assert.Equal("https://example.com/a.png", parts[1].AsImageUrl!.ImageUrl.Url);
        Assert.Equal("file_1", parts[2].AsImageFile!.ImageFile.FileId);
        SeedRoundTripTests.AssertSameJson(Json, JsonSerializer.Serialize(message, ThreadsJsonContext.Default.CreateMessageRequest));
    }

    [Fact]
    public void A_part_type_the_spec_does_not_know_is_kept_and_written_back_unchanged()
    {
        const string Json = """{"type":"audio","audio":{"id":"a1","seconds":3}}""";
        var part = JsonSerializer.Deserialize(Json, ThreadsJsonContext.Default.MessageContentPart)!;

        Assert.True(part.IsUnknown);
        Assert.Equal("audio", part.UnknownJson!.Value.GetProperty("type").GetString());
        SeedRoundTripTests.AssertSameJson(Json, JsonSerializer.Serialize(part, ThreadsJsonContext.Default.MessageContentPart));
    }

    [Fact]
    public void An_enum_value_the_spec_does_not_list_round_trips()
    {
        var role = JsonSerializer.Deserialize("\"system\"", ThreadsJsonContext.Default.CreateMessageRequestRole);

        Assert.False(role.IsKnown);
        Assert.Equal("system", role.Value);
        Assert.Equal("\"system\"", JsonSerializer.Serialize(role, ThreadsJsonContext.Default.CreateMessageRequestRole));
        Assert.True(CreateMessageRequestRole.Assistant.IsKnown);
    }

    [Fact]
    public void Implicit_conversions_build_requests_naturally()
    {
        var request = new CreateMessageRequest { Role = CreateMessageRequestRole.User, Content = "Hi" };

        Assert.Equal("""{"role":"user","content":"Hi"}""", JsonSerializer.Serialize(request, ThreadsJsonContext.Default.CreateMessageRequest));
    }
}
