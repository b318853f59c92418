using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiThreads.Emulator.Tests;

/// <summary>One frame of a <c>text/event-stream</c> body.</summary>
public sealed record ServerSentEvent(string Name, string Data)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement.Clone();
}

/// <summary>
/// Reads frames the way the SSE format defines them (field lines, a blank line ends a frame), strictly enough to
/// catch a server that writes anything else: every line must be an <c>event</c> or a <c>data</c> field.
/// </summary>
public static class ServerSentEvents
{
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        string? name = null;
        string? data = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                Xunit.Assert.NotNull(name);
                Xunit.Assert.NotNull(data);
                yield return new ServerSentEvent(name, data);
                (name, data) = (null, null);
            }
            else if (line.StartsWith("event: "))
            {
                Xunit.Assert.Null(name);
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: "))
            {
                Xunit.Assert.Null(data);
                data = line["data: ".Length..];
            }
            else
            {
                Xunit.Assert.Fail($"Unexpected line in the event stream: '{line}'");
            }
        }

        Xunit.Assert.Null(name);
    }

    public static async Task<List<ServerSentEvent>> ReadAllAsync(Stream body, CancellationToken cancellationToken)
    {
        var events = new List<ServerSentEvent>();
        await foreach (ServerSentEvent item in ReadAsync(body, cancellationToken))
        {
            events.Add(item);
        }

        return events;
    }
}
