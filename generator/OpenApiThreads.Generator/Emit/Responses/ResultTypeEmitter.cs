using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit.Responses;

/// <summary>The result of an operation with several documented success bodies: which status arrived, each body typed.</summary>
internal sealed record ResultTypeEmitItem(string Name, string OperationId, ImmutableEquatableArray<ResponseAlternative> Alternatives) : EmitItem
{
    public override string HintName => FilePrefix + "." + Name + ".g.cs";
}

internal static class ResultTypeEmitter
{
    public static string Emit(ResultTypeEmitItem item)
    {
        EmitHeader header = item.Header;
        SourceWriter writer = FileHeader.Start(header);
        DocComments.WriteSummary(writer, "The success response of `" + item.OperationId + "`: the status that arrived, and its body as the type that status documents.");
        writer.OpenBlock(header.Accessibility + " sealed class " + item.Name);
        writer.WriteLines("""
            private readonly int _branch;
            private readonly object _value;

            """);
        writer.OpenBlock("internal " + item.Name + "(int statusCode, int branch, object value)");
        writer.WriteLines("""
            StatusCode = statusCode;
            _branch = branch;
            _value = value;
            """);
        writer.CloseBlock();
        writer.WriteLine();
        DocComments.WriteSummary(writer, "The HTTP status of the response.");
        writer.WriteLine("public int StatusCode { get; }");
        for (int i = 0; i < item.Alternatives.Count; i++)
        {
            ResponseAlternative alternative = item.Alternatives[i];
            string type = alternative.Type.AsNonNullable().ToCSharp();
            string status = alternative.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string cast = alternative.Type.IsValueType ? "(" + type + "?)(" + type + ")_value" : "(" + type + ")_value";
            writer.WriteLine();
            DocComments.WriteSummary(writer, "The body documented for status " + status + (i == 0 ? " (also any undocumented success status)" : string.Empty) + ", or null when another arrived.");
            writer.WriteLine("public " + type + "? Status" + status + " => _branch == " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ? " + cast + " : null;");
        }

        writer.CloseBlock();
        return FileHeader.Finish(writer);
    }
}
