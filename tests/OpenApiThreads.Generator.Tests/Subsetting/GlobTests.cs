using OpenApiThreads.Generator.Parsing.Subsetting;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Subsetting;

public sealed class GlobTests
{
    [Theory]
    [InlineData("/threads*", "/threads", true)]
    [InlineData("/threads*", "/threads/{thread_id}/runs/{run_id}/steps", true)]
    [InlineData("/threads*", "/assistants", false)]
    [InlineData("/threads/*/runs", "/threads/{thread_id}/runs", true)]
    [InlineData("/threads/*/runs", "/threads/{thread_id}/runs/{run_id}", false)]
    [InlineData("*runs*", "/threads/runs", true)]
    [InlineData("/pets/{?d}", "/pets/{id}", true)]
    [InlineData("create*", "createThread", true)]
    [InlineData("create*", "CreateThread", false)]
    [InlineData("Files", "Files", true)]
    [InlineData("Files", "Files2", false)]
    [InlineData("**", "", true)]
    [InlineData("?", "", false)]
    public void Star_spans_slashes_and_question_mark_is_one_character(string pattern, string text, bool expected)
        => Assert.Equal(expected, Glob.IsMatch(pattern, text));
}
