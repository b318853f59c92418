using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>Reads CreateThreadRequest and ModifyThreadRequest bodies into <see cref="ThreadFields"/>.</summary>
internal static class ThreadRequestReader
{
    private static readonly string[] CreateProperties = ["messages", "tool_resources", "metadata"];
    private static readonly string[] ModifyProperties = ["tool_resources", "metadata"];

    /// <param name="request">The request object, or an absent element for an empty body.</param>
    /// <param name="prefix">Where the request sits in the body: empty for POST /threads, <c>thread</c> inside create-and-run.</param>
    /// <param name="references">Collects the file ids its messages and tool resources name.</param>
    public static ThreadFields ReadCreate(JsonElement request, string prefix, FileReferences references)
    {
        if (Validation.IsAbsent(request))
        {
            return ThreadFields.None;
        }

        Validation.ExpectObject(request, prefix);
        Validation.RejectUnknownProperties(request, prefix, CreateProperties);
        IReadOnlyList<MessageInput> messages =
            MessageRequestReader.ReadList(Validation.Property(request, "messages"), Validation.Join(prefix, "messages"), references);
        return new ThreadFields(
            MetadataReader.Read(Validation.Property(request, "metadata"), Validation.Join(prefix, "metadata")),
            ToolResourcesReader.Read(Validation.Property(request, "tool_resources"), Validation.Join(prefix, "tool_resources"), allowVectorStoreHelper: true, references))
        {
            Messages = messages,
        };
    }

    public static ThreadFields ReadModify(JsonElement request, FileReferences references)
    {
        if (Validation.IsAbsent(request))
        {
            return ThreadFields.None;
        }

        Validation.RejectUnknownProperties(request, string.Empty, ModifyProperties);
        return new ThreadFields(
            MetadataReader.Read(Validation.Property(request, "metadata"), "metadata"),
            ToolResourcesReader.Read(Validation.Property(request, "tool_resources"), "tool_resources", allowVectorStoreHelper: false, references));
    }
}
