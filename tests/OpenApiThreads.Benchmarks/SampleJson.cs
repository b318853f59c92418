using System;
using System.Globalization;
using System.Text;

namespace OpenApiThreads.Benchmarks;

/// <summary>
/// The wire payloads every side of a comparison reads and writes: the spec's examples for a thread and a run, a page
/// of 100 messages shaped like the spec's list example, and a streamed run of 50 events.
/// </summary>
internal static class SampleJson
{
    public const string ThreadId = "thread_abc123";

    public const string AssistantId = "asst_abc123";

    public const int StreamedEventCount = 50;

    public static readonly byte[] Thread = Encoding.UTF8.GetBytes("""
        {"id":"thread_abc123","object":"thread","created_at":1699012949,"metadata":{"user":"abc123","topic":"quantum computing"},"tool_resources":{"code_interpreter":{"file_ids":["file-abc123","file-def456"]}}}
        """);

    public static readonly byte[] Run = Encoding.UTF8.GetBytes(RunJson("queued"));

    public static readonly byte[] MessagePage = Encoding.UTF8.GetBytes(MessagePageJson(100));

    /// <summary>A streamed run: 50 events, then the <c>done</c> event with its <c>[DONE]</c> data.</summary>
    public static readonly byte[] RunStream = Encoding.UTF8.GetBytes(RunStreamText());

    public static string RunJson(string status)
        => """
        {"id":"run_abc123","object":"thread.run","created_at":1699063290,"assistant_id":"asst_abc123","thread_id":"thread_abc123","status":"@0@","required_action":null,"last_error":null,"expires_at":1699063890,"started_at":null,"cancelled_at":null,"failed_at":null,"completed_at":null,"incomplete_details":null,"model":"gpt-4o","instructions":null,"tools":[{"type":"code_interpreter"},{"type":"function","function":{"name":"get_weather","description":"Current weather for a city.","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}],"metadata":{},"usage":null,"temperature":1.0,"top_p":1.0,"max_prompt_tokens":1000,"max_completion_tokens":1000,"truncation_strategy":{"type":"auto","last_messages":null},"tool_choice":"auto","parallel_tool_calls":true,"response_format":"auto"}
        """.Replace("@0@", status, StringComparison.Ordinal);

    public static string MessageJson(int index)
    {
        bool fromAssistant = index % 2 == 0;
        string id = "msg_" + index.ToString("D6", CultureInfo.InvariantCulture);
        string text = fromAssistant
            ? "AI learns patterns from examples and uses them to make predictions. Message " + index.ToString(CultureInfo.InvariantCulture) + "."
            : "How does AI work? Explain it in simple terms. Question " + index.ToString(CultureInfo.InvariantCulture) + ".";
        string assistant = fromAssistant ? "\"asst_abc123\"" : "null";
        string run = fromAssistant ? "\"run_abc123\"" : "null";
        string completedAt = fromAssistant ? (1699016390 + index).ToString(CultureInfo.InvariantCulture) : "null";
        return """
            {"id":"@0@","object":"thread.message","created_at":@1@,"thread_id":"thread_abc123","status":"completed","incomplete_details":null,"completed_at":@2@,"incomplete_at":null,"role":"@3@","content":[{"type":"text","text":{"value":"@4@","annotations":[]}}],"assistant_id":@5@,"run_id":@6@,"attachments":[],"metadata":{}}
            """.Replace("@0@", id, StringComparison.Ordinal).Replace("@1@", (1699016384 + index).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("@2@", completedAt, StringComparison.Ordinal).Replace("@3@", (fromAssistant ? "assistant" : "user"), StringComparison.Ordinal).Replace("@4@", text, StringComparison.Ordinal).Replace("@5@", assistant, StringComparison.Ordinal).Replace("@6@", run, StringComparison.Ordinal);
    }

    public static string MessagePageJson(int count)
    {
        var page = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < count; i++)
        {
            page.Append(i == 0 ? "" : ",").Append(MessageJson(i));
        }

        page.Append("],\"first_id\":\"msg_000000\",\"last_id\":\"msg_")
            .Append((count - 1).ToString("D6", CultureInfo.InvariantCulture))
            .Append("\",\"has_more\":false}");
        return page.ToString();
    }

    private static string RunStepJson(string status)
        => """
        {"id":"step_abc123","object":"thread.run.step","created_at":1699063291,"run_id":"run_abc123","assistant_id":"asst_abc123","thread_id":"thread_abc123","type":"message_creation","status":"@0@","cancelled_at":null,"completed_at":null,"expired_at":null,"failed_at":null,"last_error":null,"step_details":{"type":"message_creation","message_creation":{"message_id":"msg_abc123"}},"usage":null,"metadata":{}}
        """.Replace("@0@", status, StringComparison.Ordinal);

    private static string StreamedMessageJson(string status, string text)
        => """
        {"id":"msg_abc123","object":"thread.message","created_at":1699063292,"thread_id":"thread_abc123","status":"@0@","incomplete_details":null,"completed_at":null,"incomplete_at":null,"role":"assistant","content":[@1@],"assistant_id":"asst_abc123","run_id":"run_abc123","attachments":[],"metadata":{}}
        """.Replace("@0@", status, StringComparison.Ordinal).Replace("@1@", (text.Length == 0 ? "" : "{\"type\":\"text\",\"text\":{\"value\":\"" + text + "\",\"annotations\":[]}}"), StringComparison.Ordinal);

    private static string RunStreamText()
    {
        const int Deltas = StreamedEventCount - 10;
        var stream = new StringBuilder();
        void Event(string name, string data) => stream.Append("event: ").Append(name).Append("\ndata: ").Append(data).Append("\n\n");

        Event("thread.run.created", RunJson("queued"));
        Event("thread.run.queued", RunJson("queued"));
        Event("thread.run.in_progress", RunJson("in_progress"));
        Event("thread.run.step.created", RunStepJson("in_progress"));
        Event("thread.run.step.in_progress", RunStepJson("in_progress"));
        Event("thread.message.created", StreamedMessageJson("in_progress", ""));
        Event("thread.message.in_progress", StreamedMessageJson("in_progress", ""));
        var text = new StringBuilder();
        for (int i = 0; i < Deltas; i++)
        {
            string word = (i == 0 ? "" : " ") + "word" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(word);
            Event("thread.message.delta", """{"id":"msg_abc123","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":"@0@","annotations":[]}}]}}""".Replace("@0@", word, StringComparison.Ordinal));
        }

        Event("thread.message.completed", StreamedMessageJson("completed", text.ToString()));
        Event("thread.run.step.completed", RunStepJson("completed"));
        Event("thread.run.completed", RunJson("completed"));
        Event("done", "[DONE]");
        return stream.ToString();
    }
}
