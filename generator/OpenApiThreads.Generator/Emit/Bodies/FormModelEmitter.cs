using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;

namespace OpenApiThreads.Generator.Emit.Bodies;

/// <summary>
/// A multipart or form-urlencoded body as a class: a property per field, and <c>ToContent</c>, which writes the
/// fields the way the model says (files streamed, structured values as JSON parts or bracketed fields).
/// </summary>
internal static class FormModelEmitter
{
    public static string Emit(FormModelEmitItem item)
    {
        EmitHeader header = item.Header;
        FormModelSpec form = item.Form;
        SourceWriter writer = FileHeader.Start(header);
        DocComments.WriteSummary(writer, form.Description, "The fields of a " + (form.Encoding == BodyEncoding.Multipart ? "multipart/form-data" : "form-urlencoded") + " body.");
        writer.OpenBlock(header.Accessibility + " sealed partial class " + form.Name);
        foreach (FormPartSpec part in form.Parts)
        {
            DocComments.WriteSummary(writer, part.Description, "The `" + part.JsonName + "` field.");
            writer.WriteLine("public " + (part.IsRequired ? "required " : string.Empty) + part.Type.ToCSharp() + " " + part.Name + " { get; set; }");
            writer.WriteLine();
        }

        bool multipart = form.Encoding == BodyEncoding.Multipart;
        writer.OpenBlock("internal global::System.Net.Http.HttpContent ToContent()");
        writer.WriteLine(multipart
            ? "var content = new global::System.Net.Http.MultipartFormDataContent();"
            : "var fields = new generic::List<generic::KeyValuePair<string, string>>();");
        string encoding = "api::" + FileTypes.FormEncodingName;
        string context = "api::" + header.ContextName + ".Default.";
        for (int i = 0; i < form.Parts.Count; i++)
        {
            FormPartSpec part = form.Parts[i];
            string value = part.IsRequired ? part.Name : "value" + i;
            string statement = Statement(part, value, multipart, encoding, context);
            if (part.IsRequired)
            {
                writer.WriteLine(statement);
                continue;
            }

            writer.OpenBlock("if (" + part.Name + " is { } " + value + ")");
            writer.WriteLine(statement);
            writer.CloseBlock();
        }

        writer.WriteLine();
        writer.WriteLine(multipart ? "return content;" : "return new global::System.Net.Http.FormUrlEncodedContent(fields);");
        writer.CloseBlock();
        writer.CloseBlock();
        return FileHeader.Finish(writer);
    }

    /// <summary>The statement that writes one field whose (non-null) value is <paramref name="value"/>.</summary>
    private static string Statement(FormPartSpec part, string value, bool multipart, string encoding, string context)
    {
        string contentType = part.ContentType is { } mediaType ? DocComments.Literal(mediaType) : "null";
        string name = DocComments.Literal(part.JsonName);
        TypeRef type = part.Type.AsNonNullable();
        switch (part.Kind)
        {
            case FormPartKind.File:
                return encoding + ".AddFile(content, " + name + ", " + value + ", " + contentType + ");";
            case FormPartKind.Files:
                return "foreach (var file in " + value + ") { " + encoding + ".AddFile(content, " + name + ", file, " + contentType + "); }";
            case FormPartKind.Text:
                return multipart
                    ? encoding + ".AddText(content, " + name + ", " + type.Facts.UriFormat(value) + ", " + contentType + ");"
                    : encoding + ".AddField(fields, " + name + ", " + type.Facts.UriFormat(value) + ");";
            case FormPartKind.TextList:
                string item = type.Element!.AsNonNullable().Facts.UriFormat("item");
                if (multipart)
                {
                    return "foreach (var item in " + value + ") { " + encoding + ".AddText(content, " + name + ", " + item + ", " + contentType + "); }";
                }

                if (part.Style == FormStyle.DeepObject || part.Explode)
                {
                    string field = part.Style == FormStyle.DeepObject ? DocComments.Literal(part.JsonName + "[]") : name;
                    return "foreach (var item in " + value + ") { " + encoding + ".AddField(fields, " + field + ", " + item + "); }";
                }

                return encoding + ".AddField(fields, " + name + ", string.Join(\",\", global::System.Linq.Enumerable.Select(" + value + ", static item => " + item + ")));";
            default:
                string info = context + type.InfoName;
                if (multipart && part.Style == FormStyle.DeepObject)
                {
                    return encoding + ".AddTextFields(content, " + name + ", json::JsonSerializer.SerializeToElement(" + value + ", " + info + "), true, " + (part.Explode ? "true" : "false") + ");";
                }

                return multipart
                    ? encoding + ".AddJson(content, " + name + ", json::JsonSerializer.SerializeToUtf8Bytes(" + value + ", " + info + "), " + contentType + ");"
                    : encoding + ".AddFields(fields, " + name + ", json::JsonSerializer.SerializeToElement(" + value + ", " + info + "), " + (part.Style == FormStyle.DeepObject ? "true" : "false") + ", " + (part.Explode ? "true" : "false") + ");";
        }
    }
}
