using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiThreads.Emulator;

/// <summary>Reads ModifyMessageRequest and ModifyRunRequest: a body whose only field is <c>metadata</c>.</summary>
internal static class MetadataRequestReader
{
    private static readonly string[] KnownProperties = ["metadata"];

    /// <param name="request">The body, or an absent element for an empty body.</param>
    /// <returns>The new metadata, or null to keep the current one.</returns>
    public static IReadOnlyDictionary<string, string>? Read(JsonElement request)
    {
        if (Validation.IsAbsent(request))
        {
            return null;
        }

        Validation.RejectUnknownProperties(request, string.Empty, KnownProperties);
        return MetadataReader.Read(Validation.Property(request, "metadata"), "metadata");
    }
}
