using System;
using System.Net.Http;
using System.Text;
using OpenApiThreads;

namespace OpenApiThreads.Cli.Output;

/// <summary>Turns the failures a command can meet into the single "error: ..." line written to stderr.</summary>
internal static class ErrorMessages
{
    // Enough of a non-JSON error body (a proxy's HTML page, say) to recognise it, not enough to flood the terminal.
    private const int MaxBodyExcerpt = 200;

    public static string ForApi(string commandName, ThreadsApiException exception)
    {
        var line = new StringBuilder("error: ").Append(commandName);
        if (exception.StatusCode is >= 200 and < 300)
        {
            // A success status with a body that is not the documented JSON: the client's message says what was wrong.
            line.Append(" failed: ").Append(exception.Message);
        }
        else
        {
            line.Append(" failed with HTTP ").Append(exception.StatusCode);
            string? reason = HttpStatusText.For(exception.StatusCode);
            if (reason is not null)
            {
                line.Append(" (").Append(reason).Append(')');
            }

            string? detail = exception is ThreadsApiException<ErrorResponse> parsed
                ? parsed.Error.Error.Message
                : Excerpt(exception.ResponseBody);
            line.Append(string.IsNullOrWhiteSpace(detail) ? "." : ": " + detail);
        }

        if (exception.RequestId is { Length: > 0 } requestId)
        {
            line.Append(" (request id ").Append(requestId).Append(')');
        }

        return OneLine(line.ToString());
    }

    public static string ForNetwork(string commandName, Uri? baseAddress, HttpRequestException exception)
    {
        // "The SSL connection could not be established, see inner exception." is useless without the inner one.
        Exception innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        string cause = exception.Message.Contains(innermost.Message, StringComparison.Ordinal)
            ? exception.Message
            : exception.Message + " " + innermost.Message;
        return OneLine($"error: {commandName} failed: could not reach {Describe(baseAddress)}: {cause}");
    }

    public static string ForTimeout(string commandName, Uri? baseAddress, TimeSpan timeout)
        => OneLine($"error: {commandName} failed: no answer from {Describe(baseAddress)} within {timeout.TotalSeconds:0} s");

    public static string ForUnexpected(string commandName, Exception exception)
        => OneLine($"error: {commandName} failed unexpectedly ({exception.GetType().Name}): {exception.Message}");

    // Userinfo in a URL is a credential: never echo it.
    private static string Describe(Uri? baseAddress)
        => baseAddress is null ? "the server" : baseAddress.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private static string? Excerpt(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        string text = OneLine(body).Trim();
        return text.Length <= MaxBodyExcerpt ? text : text[..MaxBodyExcerpt] + "…";
    }

    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        bool lastWasSpace = false;
        foreach (char c in text)
        {
            bool isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !lastWasSpace)
            {
                line.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return line.ToString();
    }
}
