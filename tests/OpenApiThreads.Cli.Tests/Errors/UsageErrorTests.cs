using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Cli.Tests.Errors;

/// <summary>
/// A wrong command line exits with code 2 and one "error: ..." line, before anything is connected: the environment
/// has no base URL, so any attempt to connect would start the built-in emulator and add a note to stderr.
/// </summary>
public sealed class UsageErrorTests
{
    private static readonly IReadOnlyDictionary<string, string> NoConfiguration = new Dictionary<string, string>();

    public static TheoryData<string[], string> CommandLines => new()
    {
        // Unknown or incomplete commands
        { [], "no command given; expected one of create, retrieve," },
        { ["frobnicate"], "unknown command 'frobnicate'; expected one of" },
        { ["retreive", "thread_abc"], "unknown command 'retreive' (did you mean 'retrieve'?)" },
        { ["messages"], "'messages' needs a subcommand: list, create, retrieve, delete" },
        { ["runs", "lsit", "thread_abc"], "unknown command 'runs lsit' (did you mean 'runs list'?)" },
        { ["help", "retrieve", "extra"], "'help' takes at most one command name" },
        // Missing arguments
        { ["retrieve"], "'retrieve' needs THREAD_ID (usage: openai-threads retrieve THREAD_ID" },
        { ["delete"], "'delete' needs THREAD_ID" },
        { ["messages", "retrieve", "thread_abc"], "'messages retrieve' needs MESSAGE_ID" },
        { ["runs", "cancel", "thread_abc"], "'runs cancel' needs RUN_ID" },
        { ["messages", "create", "thread_abc"], "'messages create' needs --content TEXT" },
        { ["runs", "create", "thread_abc"], "'runs create' needs --assistant-id ID" },
        { ["create-and-run", "--message", "user:Hi"], "'create-and-run' needs --assistant-id ID" },
        { ["update", "thread_abc"], "'update' needs at least one --metadata or --tool-resources" },
        { ["create", "--metadata"], "--metadata needs a value (key=value)" },
        { ["create", "--metadata", "--message", "user:Hi"], "--metadata needs a value (key=value) but is followed by '--message'" },
        // Bad values
        { ["retrieve", " "], "THREAD_ID for 'retrieve' is empty" },
        { ["runs", "create", "thread_abc", "--assistant-id", ""], "--assistant-id is empty" },
        { ["create", "--metadata", "user"], "--metadata 'user' is not key=value" },
        { ["create", "--metadata", "=abc"], "--metadata '=abc' has an empty key" },
        { ["create", "--metadata", "a=1", "--metadata", "a=2"], "--metadata key 'a' is given more than once" },
        { ["create", "--message", "Hello"], "--message 'Hello' is not role:text" },
        { ["create", "--message", "user:Hi", "--message", "robot:Hi"], "--message #2 has role 'robot'" },
        { ["create", "--message", "user:"], "--message 'user:' has no text after 'user:'" },
        { ["create", "--tool-resources", "{code_interpreter}"], "--tool-resources is not valid tool resources JSON" },
        { ["create", "--tool-resources", """{"code_interpreter":{"file_ids":"file-abc"}}"""], "--tool-resources is not valid tool resources JSON" },
        { ["create", "--tool-resources", "null"], "--tool-resources must be a JSON object, not null" },
        { ["messages", "create", "thread_abc", "--content", "Hi", "--role", "system"], "--role 'system' must be 'user' or 'assistant'" },
        { ["messages", "list", "thread_abc", "--limit", "0"], "--limit '0' is not a whole number of at least 1" },
        { ["runs", "list", "thread_abc", "--limit", "ten"], "--limit 'ten' is not a whole number of at least 1" },
        { ["runs", "list", "thread_abc", "--order", "newest"], "--order 'newest' must be 'asc' or 'desc'" },
        { ["emulator", "--port", "70000"], "--port '70000' is not a port number from 0 to 65535" },
        // Misplaced or unknown options, extra arguments
        { ["create", "--bogus"], "unknown option '--bogus' for 'create'" },
        { ["create", "--metdata", "a=b"], "unknown option '--metdata' for 'create' (did you mean '--metadata'?)" },
        { ["--metadata", "a=b", "create"], "option '--metadata' must come after the command name" },
        { ["retrieve", "thread_abc", "thread_def"], "unexpected argument 'thread_def': 'retrieve' takes THREAD_ID only" },
        { ["create", "--message", "user:Hello", "there"], "quote the whole value: --message \"user:Hello there\"" },
        { ["runs", "create", "thread_abc", "--assistant-id", "asst_abc", "--stream=yes"], "--stream is a flag and takes no value" },
        { ["runs", "create", "thread_abc", "--assistant-id", "a", "--assistant-id", "b"], "--assistant-id is given more than once" },
        { ["--base-url", "http://127.0.0.1:1/v1/", "--base-url=http://127.0.0.1:2/v1/", "create"], "--base-url is given more than once" },
        { ["emulator", "--base-url", "http://127.0.0.1:1/v1/"], "--base-url does not apply to 'emulator'" },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task ExitsWith2_AndSaysWhatIsWrong_OnOneLine(string[] args, string expected)
    {
        CliResult result = await Cli.RunAsync(NoConfiguration, args);

        string line = result.ErrorLine(ExitCodes.Usage);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    // The generated ToolResources keeps undeclared properties in AdditionalData (extension data), which
    // UnmappedMemberHandling.Disallow does not override, so without its own check a typo would be sent, ignored by
    // the server, and the thread created with no tool resources.
    [Theory]
    [InlineData("create", """{"code_interpeter":{"file_ids":["file-abc"]}}""", "unknown key 'code_interpeter' (did you mean 'code_interpreter'?)")]
    [InlineData("create", """{"code_interpreter":{"file_id":["file-abc"]}}""", "unknown key 'code_interpreter.file_id' (did you mean 'code_interpreter.file_ids'?)")]
    [InlineData("create", """{"file_search":{"vector_stores_ids":["vs_abc"]}}""", "unknown key 'file_search.vector_stores_ids' (did you mean 'file_search.vector_store_ids'?)")]
    [InlineData("update thread_abc", """{"retrieval":{}}""", "unknown key 'retrieval'; the known keys are code_interpreter, file_search")]
    public async Task MisspeltToolResourcesKey_ExitsWith2(string command, string json, string expected)
    {
        CliResult result = await Cli.RunAsync(NoConfiguration, [.. command.Split(' '), "--tool-resources", json]);

        string line = result.ErrorLine(ExitCodes.Usage);
        Assert.Contains("--tool-resources is not valid tool resources JSON", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
