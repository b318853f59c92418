using System;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>
/// A failure that becomes OpenAI's error body. Handlers throw it from any depth so that validation code
/// stays a straight line of checks; the router turns it into the response.
/// </summary>
internal sealed class ApiException : Exception
{
    private const string InvalidRequestError = "invalid_request_error";

    private ApiException(int statusCode, string type, string message, string? param, string? code)
        : base(message)
    {
        StatusCode = statusCode;
        Type = type;
        Param = param;
        Code = code;
    }

    public int StatusCode { get; }

    public string Type { get; }

    public string? Param { get; }

    public string? Code { get; }

    /// <summary>The methods the route accepts, sent as the <c>Allow</c> header of a 405.</summary>
    public string? Allow { get; private init; }

    public static ApiException InvalidRequest(string? param, string message, string? code = null) =>
        new(StatusCodes.Status400BadRequest, InvalidRequestError, message, param, code);

    public static ApiException Unauthorized() =>
        new(StatusCodes.Status401Unauthorized, InvalidRequestError,
            "Missing bearer token. Send your API key in the header 'Authorization: Bearer <your key>'.",
            param: null, code: "invalid_api_key");

    /// <param name="kind">What was looked for: <c>thread</c>, <c>message</c>, <c>run</c>, <c>run step</c> or <c>file</c>.</param>
    /// <param name="id">The id as the caller typed it, unescaped.</param>
    public static ApiException NotFound(string kind, string id) =>
        new(StatusCodes.Status404NotFound, InvalidRequestError, $"No {kind} found with id '{id}'.", null, null);

    public static ApiException UnknownRoute(string method, string path) =>
        new(StatusCodes.Status404NotFound, InvalidRequestError, $"Unknown request URL: {method} {path}.", null, null);

    public static ApiException MethodNotAllowed(string method, string path, string allow) =>
        new(StatusCodes.Status405MethodNotAllowed, InvalidRequestError,
            $"Method {method} is not allowed on {path}; allowed: {allow}.", null, null)
        {
            Allow = allow,
        };

    /// <summary>An upload's file is larger than the emulator accepts (OpenAI's own limit is 512 MB).</summary>
    public static ApiException FileTooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, InvalidRequestError,
            $"The file is too large: files may have at most {maxBytes} bytes.", "file", "file_too_large");

    /// <summary>Kestrel could not read the request (a body over its size limit, a broken chunked encoding).</summary>
    public static ApiException UnreadableRequest(int statusCode, string reason) =>
        new(statusCode, InvalidRequestError, $"The request could not be read: {reason}", null, null);

    public static ApiException ServerError() =>
        new(StatusCodes.Status500InternalServerError, "server_error",
            "The emulator failed while processing the request.", null, null);
}
