namespace OpenApiThreads.Generator.Emit.Security;

/// <summary>
/// The options' half that says where calls go and with which credentials: the base address, the document's server
/// and its variables, one credential per security scheme. The other half (timeouts, retries, headers) is OptionsEmitter's.
/// </summary>
internal static class ConnectionOptionsEmitter
{
    public static string Emit(ConnectionOptionsEmitItem item)
    {
        EmitHeader header = item.Header;
        SourceWriter writer = FileHeader.Start(header);
        string defaultAddress = item.DefaultBaseUrl is { } url
            ? "new global::System.Uri(" + DocComments.Literal(url.EndsWith("/", System.StringComparison.Ordinal) ? url : url + "/") + ")"
            : "null";
        writer.OpenBlock(header.Accessibility + " sealed partial class " + header.OptionsName);
        writer.WriteLines($$"""
            /// <summary>The document's server{{(item.Server is { Variables.Count: > 0 } ? ", its variables at their defaults" : string.Empty)}}; null when it names none.</summary>
            public static global::System.Uri? DefaultBaseAddress { get; } = {{defaultAddress}};

            /// <summary>
            /// The address every operation path is relative to. When null (the default), the <c>HttpClient</c>'s own
            /// <c>BaseAddress</c> is used if set (as <c>IHttpClientFactory</c>'s <c>ConfigureHttpClient</c> sets it), else the
            /// server the operation or its path names, else <see cref="DocumentServer"/>. A configured address receives
            /// every operation, including those the document sends to a server of their own.
            /// </summary>
            public global::System.Uri? BaseAddress { get; set; }

            """);
        if (item.Server is { Variables.Count: > 0 } server)
        {
            CredentialOptions.WriteServerVariables(writer, server);
        }
        else
        {
            writer.WriteLine("/// <summary>The document's server: where requests go when no base address is configured.</summary>");
            writer.WriteLine("public global::System.Uri? DocumentServer => DefaultBaseAddress;");
        }

        writer.WriteLine();
        CredentialOptions.WriteCredentials(writer, item.Schemes);
        writer.WriteLine("private string DescribeCredentials() => string.Empty" + CredentialOptions.Described(item.Schemes) + ";");
        writer.CloseBlock();
        return FileHeader.Finish(writer);
    }
}
