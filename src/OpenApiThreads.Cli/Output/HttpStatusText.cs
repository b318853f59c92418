namespace OpenApiThreads.Cli.Output;

/// <summary>
/// Reason phrases for the statuses the API answers with. <see cref="ThreadsApiException"/> keeps the status code but
/// not the response's reason phrase, so the error line needs its own table.
/// </summary>
internal static class HttpStatusText
{
    public static string? For(int statusCode) => statusCode switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => null,
    };
}
