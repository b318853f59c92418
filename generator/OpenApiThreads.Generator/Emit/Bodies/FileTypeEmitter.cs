using OpenApiThreads.Generator.Emit.Templates;
using OpenApiThreads.Generator.Model.Bodies;

namespace OpenApiThreads.Generator.Emit.Bodies;

/// <summary>
/// Writes the upload, download and form-encoding types from their templates (generator/OpenApiThreads.Generator.Templates/Files),
/// where they are compiled and tested as ordinary code. Only the declaration line is written here, for the spec's accessibility.
/// </summary>
internal static class FileTypeEmitter
{
    public static string Emit(FileTypeEmitItem item)
    {
        EmitHeader header = item.Header;
        string summary = item.TypeName switch
        {
            FileTypes.UploadName => "A file to send: a stream, bytes or a file on disk, with the name and content type it goes with.",
            FileTypes.DownloadName => "A file the server sent back: its body as a stream, read as it is consumed, with its name, type and length. Dispose it.",
            _ => "Writes form fields and multipart parts the way the spec's encoding says.",
        };
        string declaration = item.TypeName switch
        {
            FileTypes.UploadName => header.Accessibility + " sealed class " + FileTypes.UploadName,
            FileTypes.DownloadName => header.Accessibility + " sealed class " + FileTypes.DownloadName + " : global::System.IDisposable, global::System.IAsyncDisposable",
            _ => "internal static class " + FileTypes.FormEncodingName,
        };
        TemplateNames names = TemplateNames.For(header);
        SourceWriter writer = FileHeader.Start(header);
        DocComments.WriteSummary(writer, summary);
        writer.OpenBlock(declaration);
        foreach (string line in TemplateLibrary.Get(item.TypeName).Lines)
        {
            writer.WriteLine(names.Apply(line));
        }

        writer.CloseBlock();
        return FileHeader.Finish(writer);
    }
}
