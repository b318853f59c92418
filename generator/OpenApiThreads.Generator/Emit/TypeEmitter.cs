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
                ObjectEmitter.Emit(writer, obj, item.Header);
                break;
            case EnumSpec enumeration:
                EnumEmitter.Emit(writer, enumeration, item.Header);
                break;
            case UnionSpec union:
                UnionEmitter.Emit(writer, union, item.Header, item.ObjectTypes);
                break;
        }

        return FileHeader.Finish(writer);
    }

    public static void WriteTypeDocs(SourceWriter writer, TypeSpec spec)
    {
        DocComments.WriteSummary(writer, spec.Description);
        if (spec.Deprecated)
        {
            writer.WriteLine(DocComments.ObsoleteAttribute("schema"));
        }
    }
}
