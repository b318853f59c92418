using System;

namespace OpenApiThreads.Cli;

/// <summary>
/// The API reported a failure some other way than an HTTP status, such as an <c>error</c> event in a stream. Exits
/// with code 1; the message follows "error: COMMAND failed: " on one line.
/// </summary>
internal sealed class CommandFailedException : Exception
{
    public CommandFailedException(string message)
        : base(message)
    {
    }
}
