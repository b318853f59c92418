using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Splits the request path into segments, each unescaped once, so an id reads as the caller typed it.
/// <see cref="HttpRequest.Path"/> cannot be used for this: the server decodes it but keeps <c>%2F</c> (it would
/// change the segments), so an id <c>a/b</c> would show as <c>a%2Fb</c>, and decoding that again would wrongly turn
/// an id that really contains <c>%2F</c> into <c>a/b</c>. The raw request target has neither problem.
/// </summary>
internal static class RoutePath
{
    public static string[] Segments(HttpContext context)
    {
        string? target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/')
        {
            // An absolute-form or missing target: fall back to the decoded path, which is right for every id
            // without a slash.
            target = context.Request.Path.Value ?? string.Empty;
        }

        int query = target.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            target = target[..query];
        }

        string[] segments = target.Split('/');
        for (int index = 0; index < segments.Length; index++)
        {
            segments[index] = Uri.UnescapeDataString(segments[index]);
        }

        return segments;
    }
}
