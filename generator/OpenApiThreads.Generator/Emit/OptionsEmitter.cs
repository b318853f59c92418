using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>The client's options: where to send requests, the API key, headers for every request.</summary>
internal static class OptionsEmitter
{
    public static string Emit(OptionsEmitItem item)
    {
        EmitHeader header = item.Header;
        SourceWriter writer = FileHeader.Start(header);
        string defaultAddress = item.DefaultBaseUrl is { } url
            ? "new global::System.Uri(" + DocComments.Literal(url.EndsWith("/", System.StringComparison.Ordinal) ? url : url + "/") + ")"
            : "null";
        string keyDoc = item.Auth.Kind switch
        {
            AuthKind.Bearer => "Sent as <c>Authorization: Bearer …</c> on every request when set.",
            AuthKind.HeaderApiKey => "Sent in the <c>" + DocComments.OneLine(item.Auth.HeaderName!) + "</c> header on every request when set.",
            _ => "The document declares no scheme this client applies; send credentials through <see cref=\"DefaultHeaders\"/>.",
        };
        writer.WriteLines($$"""
            /// <summary>Settings for <see cref="global::{{header.Namespace}}.{{header.ClientName}}"/>.</summary>
            {{header.Accessibility}} sealed class {{header.OptionsName}}
            {
                /// <summary>The server the document names, used when <see cref="BaseAddress"/> is not set.</summary>
                public static global::System.Uri? DefaultBaseAddress { get; } = {{defaultAddress}};

                /// <summary>The address every operation path is relative to.</summary>
                public global::System.Uri? BaseAddress { get; set; } = DefaultBaseAddress;

                /// <summary>The API key. {{keyDoc}}</summary>
                public string? ApiKey { get; set; }

                /// <summary>Headers added to every request (header names compare case-insensitively).</summary>
                public global::System.Collections.Generic.IDictionary<string, string> DefaultHeaders { get; } =
                    new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

                /// <summary>Describes the options without revealing the API key.</summary>
                public override string ToString()
                    => "BaseAddress = " + (BaseAddress?.ToString() ?? "(not set)") + ", ApiKey = " + (string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)");
            }
            """);
        return FileHeader.Finish(writer);
    }
}
