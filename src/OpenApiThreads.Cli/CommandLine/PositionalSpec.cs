namespace OpenApiThreads.Cli.CommandLine;

/// <summary>A required positional argument of a command, such as <c>THREAD_ID</c>.</summary>
internal sealed record PositionalSpec(string Name, string Description);
