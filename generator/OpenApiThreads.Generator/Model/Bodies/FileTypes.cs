namespace OpenApiThreads.Generator.Model.Bodies;

/// <summary>
/// The types the generated code declares for files: what a caller uploads, and what a binary response gives back.
/// Their names are claimed before any schema is named, and only when the spec needs them.
/// </summary>
internal static class FileTypes
{
    public const string UploadName = "FileUpload";

    public const string DownloadName = "FileDownload";

    /// <summary>The helpers that write form fields and multipart parts.</summary>
    public const string FormEncodingName = "FormEncoding";

    public static readonly TypeRef Upload = new() { Kind = TypeRefKind.Generated, Name = UploadName };

    public static readonly TypeRef Download = new() { Kind = TypeRefKind.Generated, Name = DownloadName };
}
