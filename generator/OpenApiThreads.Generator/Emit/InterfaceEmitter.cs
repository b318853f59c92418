using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>An interface with every client method, so callers can substitute the client in their tests.</summary>
internal static class InterfaceEmitter
{
    public static string Emit(InterfaceEmitItem item)
    {
        EmitHeader header = item.Header;
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            /// <summary>The operations of <see cref="api::{{header.ClientName}}"/>, for substituting it in tests.</summary>
            {{header.Accessibility}} partial interface I{{header.ClientName}}
            {
            """);
        bool first = true;
        foreach (OperationSpec operation in item.Operations)
        {
            foreach (ClientMethod method in ClientMethod.For(operation, item.Facts))
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                method.WriteDocs(writer, header, "    ");
                writer.WriteLine("    " + method.ReturnType + " " + method.Name + "(" + method.ParameterList( forImplementation: false) + ");");
            }
        }

        writer.WriteLine("}");
        return FileHeader.Finish(writer);
    }
}
