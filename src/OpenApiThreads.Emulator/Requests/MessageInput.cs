using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>A validated CreateMessageRequest, ready to store.</summary>
internal sealed record MessageInput(
    string Role,
    IReadOnlyList<MessagePart> Content,
    string AttachmentsJson,
    IReadOnlyDictionary<string, string> Metadata);
