using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>Reads OpenAI's <c>Metadata</c>: at most 16 string pairs, keys up to 64 and values up to 512 characters.</summary>
internal static class MetadataReader
{
    public const int MaxPairs = 16;
    public const int MaxKeyLength = 64;
    public const int MaxValueLength = 512;

    /// <summary>
    /// Null when the request did not mention metadata; an empty map for an explicit null, which is how a
    /// modify request clears it.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Read(JsonElement value, string param)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return ReadOnlyDictionary<string, string>.Empty;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Validation.WrongType(param, "an object", value);
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty pair in value.EnumerateObject())
        {
            if (pair.Name.Length > MaxKeyLength)
            {
                throw ApiException.InvalidRequest(param,
                    $"Invalid '{param}': key too long. Keys may have at most {MaxKeyLength} characters, but '{pair.Name}' has {pair.Name.Length}.");
            }

            string valueParam = Validation.Join(param, pair.Name);
            if (pair.Value.ValueKind != JsonValueKind.String)
            {
                throw Validation.WrongType(valueParam, "a string", pair.Value);
            }

            string text = pair.Value.GetString()!;
            if (text.Length > MaxValueLength)
            {
                throw ApiException.InvalidRequest(valueParam,
                    $"Invalid '{valueParam}': string too long. Expected a string with maximum length {MaxValueLength}, but got a string with length {text.Length} instead.");
            }

            metadata[pair.Name] = text;
        }

        if (metadata.Count > MaxPairs)
        {
            throw ApiException.InvalidRequest(param,
                $"Invalid '{param}': too many properties. Expected an object with at most {MaxPairs} properties, but got an object with {metadata.Count} properties instead.");
        }

        return metadata;
    }
}
