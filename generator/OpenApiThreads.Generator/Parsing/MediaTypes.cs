using System;
using System.Collections.Generic;
using Microsoft.OpenApi;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// The one place that reads media-type strings: it names each body's <see cref="BodyEncoding"/>, and picks which of
/// several media types an operation offers the client uses.
/// </summary>
internal static class MediaTypes
{
    /// <summary>One entry of a <c>content</c> map, with its encoding.</summary>
    internal readonly record struct Choice(string MediaType, BodyEncoding Encoding, IOpenApiMediaType? Media);

    public static BodyEncoding Classify(string mediaType)
    {
        string type = Essence(mediaType);
        if (type.Equals("application/json", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal)
            || type.Equals("text/json", StringComparison.Ordinal))
        {
            return BodyEncoding.Json;
        }

        if (type.Equals("text/event-stream", StringComparison.Ordinal))
        {
            return BodyEncoding.EventStream;
        }

        // Only form-data has named parts; multipart/mixed, related and the rest are bytes the caller assembles.
        if (type.Equals("multipart/form-data", StringComparison.Ordinal))
        {
            return BodyEncoding.Multipart;
        }

        if (type.Equals("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            return BodyEncoding.Form;
        }

        if (type.StartsWith("text/", StringComparison.Ordinal) || type.Equals("application/xml", StringComparison.Ordinal)
            || type.EndsWith("+xml", StringComparison.Ordinal))
        {
            return BodyEncoding.Text;
        }

        // application/octet-stream, image/png, application/pdf, */*: bytes passed through untouched.
        return BodyEncoding.Binary;
    }

    /// <summary>
    /// A wildcard (<c>*/*</c>, <c>application/*</c>) says nothing about the bytes; a schema that describes JSON data
    /// (an object, an array, a reference) does. Specs generated from server code often pair the two.
    /// </summary>
    public static BodyEncoding Classify(string mediaType, IOpenApiSchema? schema)
    {
        BodyEncoding encoding = Classify(mediaType);
        string type = Essence(mediaType);
        if (encoding == BodyEncoding.Binary && (type == "*/*" || type == "application/*") && SchemaFacts.Target(schema) is { } target
            && (target is not null && (target.Type & (JsonSchemaType.Object | JsonSchemaType.Array)) != 0 || schema is OpenApiSchemaReference))
        {
            return BodyEncoding.Json;
        }

        return encoding;
    }

    /// <summary>
    /// The entry the client uses from a <c>content</c> map: the first whose encoding comes earliest in
    /// <paramref name="preference"/>, or null when the map is empty or offers none of them.
    /// </summary>
    public static Choice? Pick(IDictionary<string, IOpenApiMediaType>? content, params BodyEncoding[] preference)
    {
        if (content is null)
        {
            return null;
        }

        Choice? best = null;
        int bestRank = int.MaxValue;
        foreach (KeyValuePair<string, IOpenApiMediaType> media in content)
        {
            BodyEncoding encoding = Classify(media.Key, media.Value?.Schema);
            int rank = Array.IndexOf(preference, encoding);
            if (rank >= 0 && rank < bestRank)
            {
                best = new Choice(media.Key.Split(';')[0].Trim(), encoding, media.Value);
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>The encodings the map offers, for messages about what was left out.</summary>
    public static string Describe(IDictionary<string, IOpenApiMediaType>? content)
        => content is null || content.Count == 0 ? "no media type" : string.Join(", ", content.Keys);

    /// <summary>"Application/JSON; charset=utf-8" → "application/json".</summary>
    private static string Essence(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();
}
