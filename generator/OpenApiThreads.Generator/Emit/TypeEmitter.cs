using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>Emits one model file, choosing the emitter by the kind of type.</summary>
internal static class TypeEmitter
{
    public static string Emit(TypeEmitItem item)
    {
        SourceWriter writer = FileHeader.Start(item.Header);
        switch (item.Type)
        {
            case ObjectSpec obj:
                ObjectEmitter.Emit(writer, obj, item.Header, item.UsesFieldKeyword);
                break;
            case EnumSpec enumeration:
                EnumEmitter.Emit(writer, enumeration, item.Header);
                break;
            case UnionSpec union:
                UnionEmitter.Emit(writer, union, item.Header, item.ObjectTypes, item.WrittenTypes, item.ReadTypes);
                break;
        }

        return FileHeader.Finish(writer);
    }

    /// <summary>The summary, any remarks, then the attributes: a doc comment after an attribute documents nothing (CS1587).</summary>
    public static void WriteTypeDocs(SourceWriter writer, TypeSpec spec, string? remarks = null)
    {
        DocComments.WriteSummary(writer, spec.Description);
        if (remarks is not null)
        {
            DocComments.WriteElement(writer, "remarks", remarks);
        }

        if (spec.Deprecated)
        {
            writer.WriteLine(DocComments.ObsoleteAttribute("schema"));
        }
    }
}
