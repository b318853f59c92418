namespace OpenApiThreads.Cli.CommandLine;

/// <summary>A long option of a command: a flag, or an option that takes exactly one value.</summary>
/// <param name="Name">The option as typed, for example <c>--metadata</c>.</param>
/// <param name="ValueName">
/// The placeholder shown in help and in "needs a value" errors, for example <c>key=value</c>; null for a flag, which
/// takes no value and is either present or not.
/// </param>
/// <param name="Description">One line for the help text.</param>
/// <param name="Repeatable">Whether it may be given more than once; otherwise a second one is a usage error.</param>
internal sealed record OptionSpec(string Name, string? ValueName, string Description, bool Repeatable = false)
{
    public bool IsFlag => ValueName is null;

    public string Display => IsFlag ? Name : Name + " " + ValueName;
}
