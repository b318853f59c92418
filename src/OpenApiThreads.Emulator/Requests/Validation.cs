using System;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The checks shared by every request reader. Each throws <see cref="ApiException"/> with <c>param</c> set to the
/// path of the offending value (<c>thread.messages[0].role</c>), because that is what OpenAI's clients show.
/// A missing value and an explicit null both count as absent: every optional field here is nullable upstream.
/// </summary>
internal static class Validation
{
    public static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    public static string At(string param, int index) => $"{param}[{index}]";

    /// <summary>The named property, or an undefined element when it is missing or the value is not an object.</summary>
    public static JsonElement Property(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out JsonElement property) ? property : default;

    public static bool IsAbsent(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    // The request schemas say additionalProperties: false, and OpenAI rejects what it does not know.
    public static void RejectUnknownProperties(JsonElement value, string prefix, string[] knownNames)
    {
        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (Array.IndexOf(knownNames, property.Name) < 0)
            {
                string param = Join(prefix, property.Name);
                throw ApiException.InvalidRequest(param, $"Unknown parameter: '{param}'.", "unknown_parameter");
            }
        }
    }

    public static ApiException Missing(string param) =>
        ApiException.InvalidRequest(param, $"Missing required parameter: '{param}'.");

    public static ApiException WrongType(string param, string expected, JsonElement actual) =>
        ApiException.InvalidRequest(param, $"Invalid type for '{param}': expected {expected}, but got {Describe(actual.ValueKind)} instead.");

    public static void ExpectObject(JsonElement value, string param)
    {
        if (!IsAbsent(value) && value.ValueKind != JsonValueKind.Object)
        {
            throw WrongType(param, "an object", value);
        }
    }

    public static void ExpectString(JsonElement value, string param)
    {
        if (!IsAbsent(value) && value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(param, "a string", value);
        }
    }

    public static void ExpectBoolean(JsonElement value, string param)
    {
        if (!IsAbsent(value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw WrongType(param, "a boolean", value);
        }
    }

    public static void ExpectArray(JsonElement value, string param, int maxItems)
    {
        if (IsAbsent(value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(param, "an array", value);
        }

        int length = value.GetArrayLength();
        if (length > maxItems)
        {
            throw ApiException.InvalidRequest(param,
                $"Invalid '{param}': array too long. Expected an array with maximum length {maxItems}, but got an array with length {length} instead.");
        }
    }

    public static void ExpectArrayOfObjects(JsonElement value, string param, int maxItems)
    {
        ExpectArray(value, param, maxItems);
        if (IsAbsent(value))
        {
            return;
        }

        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw WrongType(At(param, index), "an object", item);
            }

            index++;
        }
    }

    public static void ExpectNumber(JsonElement value, string param, double minimum, double maximum)
    {
        if (IsAbsent(value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            throw WrongType(param, "a number", value);
        }

        double number = value.GetDouble();
        if (number < minimum || number > maximum)
        {
            throw ApiException.InvalidRequest(param,
                $"Invalid '{param}': {value.GetRawText()} is out of range. Expected a value between {minimum} and {maximum}.");
        }
    }

    public static void ExpectInteger(JsonElement value, string param, long minimum)
    {
        if (IsAbsent(value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long number))
        {
            throw WrongType(param, "an integer", value);
        }

        if (number < minimum)
        {
            throw ApiException.InvalidRequest(param,
                $"Invalid '{param}': integer below minimum value. Expected a value >= {minimum}, but got {number} instead.");
        }
    }

    public static void ExpectOneOf(JsonElement value, string param, string[] allowed)
    {
        if (IsAbsent(value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(param, "a string", value);
        }

        string text = value.GetString()!;
        if (Array.IndexOf(allowed, text) < 0)
        {
            throw ApiException.InvalidRequest(param,
                $"Invalid value for '{param}': '{text}'. Supported values are: '{string.Join("', '", allowed)}'.");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
