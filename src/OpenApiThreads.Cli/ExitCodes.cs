namespace OpenApiThreads.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The API refused the request, answered unexpectedly, or could not be reached.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong, or the configuration it needs (an API key) is missing.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted by Ctrl+C or SIGTERM, as shells report 128 + SIGINT.</summary>
    public const int Interrupted = 130;
}
