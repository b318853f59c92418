using System;
using Microsoft.AspNetCore.Http;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Accepts any non-empty bearer token, as OpenAI's clients always send one; the emulator checks presence only
/// and never echoes the token back.
/// </summary>
internal static class BearerAuthorization
{
    private const string Scheme = "Bearer ";

    public static bool IsPresent(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        return header is not null
            && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && !header.AsSpan(Scheme.Length).Trim().IsEmpty;
    }
}
