using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Reads CreateMessageRequest bodies: on their own (<c>POST /threads/{id}/messages</c>), as the <c>messages</c> a
/// thread starts with, and as a run's <c>additional_messages</c>.
/// </summary>
internal static class MessageRequestReader
{
    private static readonly string[] KnownProperties = ["role", "content", "attachments", "metadata"];
    private static readonly string[] Roles = ["user", "assistant"];
    private static readonly string[] PartTypes = ["text", "image_file", "image_url"];
    private static readonly string[] AttachmentTools = ["code_interpreter", "file_search"];

    /// <returns>The messages in order; empty when the list is absent or null.</returns>
    public static IReadOnlyList<MessageInput> ReadList(JsonElement messages, string param, FileReferences references)
    {
        if (Validation.IsAbsent(messages))
        {
            return [];
        }

        Validation.ExpectArrayOfObjects(messages, param, int.MaxValue);
        var inputs = new List<MessageInput>(messages.GetArrayLength());
        int index = 0;
        foreach (JsonElement message in messages.EnumerateArray())
        {
            inputs.Add(Read(message, Validation.At(param, index++), references));
        }

        return inputs;
    }

    /// <param name="message">The request object, or an absent element for an empty body.</param>
    /// <param name="param">Where the message sits in the body; empty for a body that is the message.</param>
    /// <param name="references">Collects the file ids of image parts and attachments.</param>
    public static MessageInput Read(JsonElement message, string param, FileReferences references)
    {
        Validation.ExpectObject(message, param);
        if (message.ValueKind == JsonValueKind.Object)
        {
            Validation.RejectUnknownProperties(message, param, KnownProperties);
        }

        string roleParam = Validation.Join(param, "role");
        JsonElement role = Validation.Property(message, "role");
        if (Validation.IsAbsent(role))
        {
            throw Validation.Missing(roleParam);
        }

        Validation.ExpectOneOf(role, roleParam, Roles);

        return new MessageInput(
            role.GetString()!,
            ReadContent(Validation.Property(message, "content"), Validation.Join(param, "content"), references),
            ReadAttachments(Validation.Property(message, "attachments"), Validation.Join(param, "attachments"), references),
            MetadataReader.Read(Validation.Property(message, "metadata"), Validation.Join(param, "metadata"))
                ?? ReadOnlyDictionary<string, string>.Empty);
    }

    private static IReadOnlyList<MessagePart> ReadContent(JsonElement content, string param, FileReferences references)
    {
        switch (content.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                throw Validation.Missing(param);
            case JsonValueKind.String:
                return [new TextPart(content.GetString()!)];
            case JsonValueKind.Array when content.GetArrayLength() == 0:
                throw ApiException.InvalidRequest(param,
                    $"Invalid '{param}': empty array. Expected an array with minimum length 1, but got an empty array instead.");
            case JsonValueKind.Array:
                Validation.ExpectArrayOfObjects(content, param, int.MaxValue);
                var parts = new List<MessagePart>(content.GetArrayLength());
                int index = 0;
                foreach (JsonElement part in content.EnumerateArray())
                {
                    parts.Add(ReadPart(part, Validation.At(param, index++), references));
                }

                return parts;
            default:
                throw Validation.WrongType(param, "a string or an array of content parts", content);
        }
    }

    private static MessagePart ReadPart(JsonElement part, string param, FileReferences references)
    {
        string typeParam = Validation.Join(param, "type");
        JsonElement type = Validation.Property(part, "type");
        if (Validation.IsAbsent(type))
        {
            throw Validation.Missing(typeParam);
        }

        Validation.ExpectOneOf(type, typeParam, PartTypes);
        string kind = type.GetString()!;
        if (kind == "text")
        {
            JsonElement text = Validation.Property(part, "text");
            string textParam = Validation.Join(param, "text");
            if (Validation.IsAbsent(text))
            {
                throw Validation.Missing(textParam);
            }

            Validation.ExpectString(text, textParam);
            return new TextPart(text.GetString()!);
        }

        // image_file needs file_id and image_url needs url; the rest of the part is echoed as sent.
        string requiredParam = Validation.Join(param, kind);
        JsonElement image = Validation.Property(part, kind);
        if (Validation.IsAbsent(image))
        {
            throw Validation.Missing(requiredParam);
        }

        Validation.ExpectObject(image, requiredParam);
        string key = kind == "image_file" ? "file_id" : "url";
        JsonElement reference = Validation.Property(image, key);
        if (Validation.IsAbsent(reference))
        {
            throw Validation.Missing(Validation.Join(requiredParam, key));
        }

        string referenceParam = Validation.Join(requiredParam, key);
        Validation.ExpectString(reference, referenceParam);
        if (kind == "image_file")
        {
            references.Add(referenceParam, reference.GetString()!);
        }

        return new ImagePart(part.GetRawText());
    }

    private static string ReadAttachments(JsonElement attachments, string param, FileReferences references)
    {
        if (Validation.IsAbsent(attachments))
        {
            return "[]";
        }

        Validation.ExpectArrayOfObjects(attachments, param, int.MaxValue);
        int index = 0;
        foreach (JsonElement attachment in attachments.EnumerateArray())
        {
            string itemParam = Validation.At(param, index++);
            string fileIdParam = Validation.Join(itemParam, "file_id");
            JsonElement fileId = Validation.Property(attachment, "file_id");
            Validation.ExpectString(fileId, fileIdParam);
            if (!Validation.IsAbsent(fileId))
            {
                references.Add(fileIdParam, fileId.GetString()!);
            }

            string toolsParam = Validation.Join(itemParam, "tools");
            JsonElement tools = Validation.Property(attachment, "tools");
            Validation.ExpectArrayOfObjects(tools, toolsParam, int.MaxValue);
            if (Validation.IsAbsent(tools))
            {
                continue;
            }

            int toolIndex = 0;
            foreach (JsonElement tool in tools.EnumerateArray())
            {
                string typeParam = Validation.Join(Validation.At(toolsParam, toolIndex++), "type");
                JsonElement type = Validation.Property(tool, "type");
                if (Validation.IsAbsent(type))
                {
                    throw Validation.Missing(typeParam);
                }

                Validation.ExpectOneOf(type, typeParam, AttachmentTools);
            }
        }

        return attachments.GetRawText();
    }
}
