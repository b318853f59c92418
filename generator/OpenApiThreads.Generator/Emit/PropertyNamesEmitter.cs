using OpenApiThreads.Generator.Naming;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// One <c>JsonEncodedText</c> per distinct JSON property name, for the whole context, as System.Text.Json's own
/// generator keeps them (<c>MyContext.PropertyNames.g.cs</c>): the writers share them instead of a copy per type.
/// </summary>
internal static class PropertyNamesEmitter
{
    private const string Json = "json::";

    /// <summary>The expression the writers use for <paramref name="jsonName"/>.</summary>
    public static string Reference(string jsonName) => PropertyNameFields.ClassName + "." + PropertyNameFields.FieldName(jsonName);

    public static string Emit(PropertyNamesEmitItem item)
    {
        SourceWriter writer = FileHeader.Start(item.Header);
        writer.WriteLines($$"""
            partial class {{item.Header.ContextName}}
            {
                private static class {{PropertyNameFields.ClassName}}
                {
            """);
        foreach (string name in item.JsonNames)
        {
            writer.WriteLine("        internal static readonly " + Json + "JsonEncodedText " + PropertyNameFields.FieldName(name) + " = " + Json + "JsonEncodedText.Encode(" + DocComments.Literal(name) + ");");
        }

        writer.WriteLines("""
                }
            }
            """);
        return FileHeader.Finish(writer);
    }
}
