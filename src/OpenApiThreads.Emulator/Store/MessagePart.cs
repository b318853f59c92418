namespace OpenApiThreads.Emulator;

/// <summary>One content part of a stored message.</summary>
internal abstract record MessagePart;

/// <summary>Text, written back as <c>{"type":"text","text":{"value":…,"annotations":[]}}</c>.</summary>
internal sealed record TextPart(string Value) : MessagePart;

/// <summary>An <c>image_file</c> or <c>image_url</c> part, kept as the JSON the request sent: both shapes read the same way back.</summary>
internal sealed record ImagePart(string Json) : MessagePart;
