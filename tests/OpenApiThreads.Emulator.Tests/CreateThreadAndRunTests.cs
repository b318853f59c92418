using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class CreateThreadAndRunTests(EmulatorFixture fixture)
{
    // RunObject.required in the OpenAI spec, plus temperature and top_p, which OpenAI always sends.
    private static readonly string[] RunProperties =
    [
        "id", "object", "created_at", "thread_id", "assistant_id", "status", "required_action", "last_error",
        "expires_at", "started_at", "cancelled_at", "failed_at", "completed_at", "model", "instructions", "tools",
        "metadata", "usage", "incomplete_details", "max_prompt_tokens", "max_completion_tokens",
        "truncation_strategy", "tool_choice", "parallel_tool_calls", "response_format", "temperature", "top_p",
    ];

    private readonly ApiClient _api = fixture.Api;

    [Fact]
    public async Task CreateAndRun_ReturnsAQueuedRunWithEveryRequiredProperty()
    {
        ApiResponse response = await _api.PostAsync("threads/runs", """
            {"assistant_id":"asst_abc","thread":{"messages":[{"role":"user","content":"Hi"}],"metadata":{"source":"test"}}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        JsonElement run = response.Json;
        Assert.Equal(RunProperties.Order(), run.EnumerateObject().Select(p => p.Name).Order());
        Assert.Matches("^run_[A-Za-z0-9]{24}$", response.String("id"));
        Assert.Equal("thread.run", response.String("object"));
        Assert.Equal("queued", response.String("status"));
        Assert.Equal("asst_abc", response.String("assistant_id"));
        long createdAt = run.GetProperty("created_at").GetInt64();
        Assert.Equal(createdAt + 600, run.GetProperty("expires_at").GetInt64());
        foreach (string nullProperty in new[] { "required_action", "last_error", "started_at", "cancelled_at", "failed_at", "completed_at", "incomplete_details", "usage", "instructions", "max_prompt_tokens", "max_completion_tokens" })
        {
            Assert.Equal(JsonValueKind.Null, run.GetProperty(nullProperty).ValueKind);
        }

        Assert.Equal("gpt-4o", response.String("model"));
        Assert.Equal("[]", run.GetProperty("tools").GetRawText());
        Assert.Equal("{}", run.GetProperty("metadata").GetRawText());
        Assert.Equal(1, run.GetProperty("temperature").GetDouble());
        Assert.Equal(1, run.GetProperty("top_p").GetDouble());
        Assert.Equal("""{"type":"auto","last_messages":null}""", run.GetProperty("truncation_strategy").GetRawText());
        Assert.Equal("auto", response.String("tool_choice"));
        Assert.Equal("auto", response.String("response_format"));
        Assert.True(run.GetProperty("parallel_tool_calls").GetBoolean());

        ApiResponse thread = await _api.GetAsync($"threads/{response.String("thread_id")}");
        Assert.Equal(HttpStatusCode.OK, thread.Status);
        Assert.Equal("""{"source":"test"}""", thread.Json.GetProperty("metadata").GetRawText());
    }

    [Fact]
    public async Task CreateAndRun_EchoesTheRunOptionsItIsGiven()
    {
        ApiResponse response = await _api.PostAsync("threads/runs", """
            {
              "assistant_id": "asst_abc", "model": "gpt-4.1", "instructions": "Be brief.",
              "tools": [{"type": "code_interpreter"}], "metadata": {"run": "1"},
              "temperature": 0.2, "top_p": 0.5, "max_prompt_tokens": 1000, "max_completion_tokens": 500,
              "truncation_strategy": {"type": "last_messages", "last_messages": 3},
              "tool_choice": {"type": "function", "function": {"name": "f"}},
              "parallel_tool_calls": false, "response_format": {"type": "json_object"}, "stream": false
            }
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        JsonElement run = response.Json;
        Assert.Equal("gpt-4.1", response.String("model"));
        Assert.Equal("Be brief.", response.String("instructions"));
        Assert.Equal("""[{"type":"code_interpreter"}]""", run.GetProperty("tools").GetRawText());
        Assert.Equal("""{"run":"1"}""", run.GetProperty("metadata").GetRawText());
        Assert.Equal(0.2, run.GetProperty("temperature").GetDouble());
        Assert.Equal(0.5, run.GetProperty("top_p").GetDouble());
        Assert.Equal(1000, run.GetProperty("max_prompt_tokens").GetInt32());
        Assert.Equal(500, run.GetProperty("max_completion_tokens").GetInt32());
        Assert.Equal("""{"type":"last_messages","last_messages":3}""", run.GetProperty("truncation_strategy").GetRawText());
        Assert.Equal("""{"type":"function","function":{"name":"f"}}""", run.GetProperty("tool_choice").GetRawText());
        Assert.False(run.GetProperty("parallel_tool_calls").GetBoolean());
        Assert.Equal("""{"type":"json_object"}""", run.GetProperty("response_format").GetRawText());

        ApiResponse thread = await _api.GetAsync($"threads/{response.String("thread_id")}");
        Assert.Equal("{}", thread.Json.GetProperty("metadata").GetRawText());
    }

    [Theory]
    [InlineData(null, "assistant_id")]
    [InlineData("{}", "assistant_id")]
    [InlineData("""{"assistant_id":null}""", "assistant_id")]
    [InlineData("""{"assistant_id":42}""", "assistant_id")]
    [InlineData("""{"assistant_id":"asst_abc","thread":{"metadata":{"k":7}}}""", "thread.metadata.k")]
    [InlineData("""{"assistant_id":"asst_abc","thread":{"messages":[{"role":"tool","content":"x"}]}}""", "thread.messages[0].role")]
    [InlineData("""{"assistant_id":"asst_abc","temperature":3}""", "temperature")]
    [InlineData("""{"assistant_id":"asst_abc","stream":"yes"}""", "stream")]
    [InlineData("""{"assistant_id":"asst_abc","additional_messages":[]}""", "additional_messages")]
    [InlineData("""{"assistant_id":"asst_abc","tools":[{"type":"function"}]}""", "tools[0].function")]
    public async Task CreateAndRun_WithInvalidBody_Gets400NamingTheParameter(string? body, string param)
    {
        ApiResponse response = await _api.PostAsync("threads/runs", body);

        response.AssertError(HttpStatusCode.BadRequest, param);
    }
}
