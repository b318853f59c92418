using System;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// One server-sent event of a streamed run: its name and a writer for its JSON data. The writer captures an
/// immutable snapshot, so the event shows the object as it was when the event happened.
/// </summary>
internal sealed record StreamEvent(string Name, Action<Utf8JsonWriter> WriteData)
{
    public static StreamEvent Thread(ThreadRecord thread) =>
        new("thread.created", writer => ThreadJson.Write(writer, thread));

    public static StreamEvent Run(string name, RunRecord run) => new(name, writer => RunJson.Write(writer, run));

    public static StreamEvent Step(string name, RunStepRecord step) => new(name, writer => RunStepJson.Write(writer, step));

    public static StreamEvent Message(string name, MessageRecord message) =>
        new(name, writer => MessageJson.Write(writer, message));

    public static StreamEvent MessageDelta(string messageId, string text) =>
        new("thread.message.delta", writer => MessageJson.WriteTextDelta(writer, messageId, text));
}
