using System;

namespace OpenApiThreads.Cli.CommandLine;

/// <summary>
/// The command line itself is wrong (unknown option, missing argument, malformed value). Exits with code 2, and its
/// message is written as it is after "error: ", so it must say what was wrong and where, on one line.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
