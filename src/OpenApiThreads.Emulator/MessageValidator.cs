using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Checks the <c>messages</c> a thread starts with. The emulator has no messages endpoints, so it validates them
/// the way OpenAI does but does not keep them.
/// </summary>
internal static class MessageValidator
{
    private static readonly string[] KnownProperties = ["role", "content", "attachments", "metadata"];
    private static readonly string[] Roles = ["user", "assistant"];

    public static void Validate(JsonElement messages, string param)
    {
        if (Validation.IsAbsent(messages))
        {
            return;
        }

        Validation.ExpectArrayOfObjects(messages, param, int.MaxValue);
        int index = 0;
        foreach (JsonElement message in messages.EnumerateArray())
        {
            ValidateMessage(message, Validation.At(param, index++));
        }
    }

    private static void ValidateMessage(JsonElement message, string param)
    {
        Validation.RejectUnknownProperties(message, param, KnownProperties);

        string roleParam = Validation.Join(param, "role");
        JsonElement role = Validation.Property(message, "role");
        if (Validation.IsAbsent(role))
        {
            throw Validation.Missing(roleParam);
        }

        Validation.ExpectOneOf(role, roleParam, Roles);

        string contentParam = Validation.Join(param, "content");
        JsonElement content = Validation.Property(message, "content");
        switch (content.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                throw Validation.Missing(contentParam);
            case JsonValueKind.String:
                break;
            case JsonValueKind.Array when content.GetArrayLength() == 0:
                throw ApiException.InvalidRequest(contentParam,
                    $"Invalid '{contentParam}': empty array. Expected an array with minimum length 1, but got an empty array instead.");
            case JsonValueKind.Array:
                Validation.ExpectArrayOfObjects(content, contentParam, int.MaxValue);
                break;
            default:
                throw Validation.WrongType(contentParam, "a string or an array of content parts", content);
        }

        Validation.ExpectArrayOfObjects(Validation.Property(message, "attachments"), Validation.Join(param, "attachments"), int.MaxValue);
        MetadataReader.Read(Validation.Property(message, "metadata"), Validation.Join(param, "metadata"));
    }
}
