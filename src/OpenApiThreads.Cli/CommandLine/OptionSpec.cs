namespace OpenApiThreads.Cli.CommandLine;

/// <summary>A long option of a command: a flag, or an option that takes exactly one value.</summary>
/// <param name="Name">The option as typed, for example <c>--metadata</c>.</param>
/// <param name="ValueName">
/// The placeholder shown in help and in "needs a value" errors, for example <c>key=value</c>; null for a flag, which
/// takes no value and is either present or not.
/// </param>
/// <param name="Description">One line for the help text.</param>
/// <param name="Repeatable">Whether it may be given more than once; otherwise a second one is a usage error.</param>
/// <param name="ShortName">A one-letter alias such as <c>-o</c>, or null; it takes its value as the next argument.</param>
internal sealed record OptionSpec(string Name, string? ValueName, string Description, bool Repeatable = false, string? ShortName = null)
{
    public bool IsFlag => ValueName is null;

    public string Display => (ShortName is null ? string.Empty : ShortName + ", ") + (IsFlag ? Name : Name + " " + ValueName);

    /// <summary>Whether <paramref name="typed"/> names this option, by its long or its short name.</summary>
    public bool Matches(string typed) => typed == Name || (ShortName is not null && typed == ShortName);
}
