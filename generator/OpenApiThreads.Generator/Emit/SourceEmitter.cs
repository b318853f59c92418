namespace OpenApiThreads.Generator.Emit;

/// <summary>Routes an emit item to the emitter for its kind of file.</summary>
internal static class SourceEmitter
{
    public static GeneratedSource Emit(EmitItem item)
    {
        string text = item switch
        {
            TypeEmitItem type => TypeEmitter.Emit(type),
            TypeInfoEmitItem info => TypeInfoEmitter.Emit(info),
            ContextEmitItem context => ContextEmitter.Emit(context),
            PropertyNamesEmitItem names => PropertyNamesEmitter.Emit(names),
            ClientEmitItem client => ClientEmitter.Emit(client),
            TransportEmitItem transport => TransportEmitter.Emit(transport),
            InterfaceEmitItem contract => InterfaceEmitter.Emit(contract),
            ServiceCollectionEmitItem services => ServiceCollectionEmitter.Emit(services),
            OptionsEmitItem options => OptionsEmitter.Emit(options),
            ConnectionOptionsEmitItem connection => Security.ConnectionOptionsEmitter.Emit(connection),
            SecurityEmitItem security => Security.SecurityEmitter.Emit(security),
            ExceptionEmitItem exception => ExceptionEmitter.Emit(exception),
            UnionBaseEmitItem unionBase => UnionBaseEmitter.Emit(unionBase),
            Bodies.FormModelEmitItem form => Bodies.FormModelEmitter.Emit(form),
            Bodies.FileTypeEmitItem file => Bodies.FileTypeEmitter.Emit(file),
            Responses.ResultTypeEmitItem result => Responses.ResultTypeEmitter.Emit(result),
            _ => throw new System.ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "No emitter for this kind of file."),
        };
        return new GeneratedSource(item.HintName, text, item.Header.SpecPath, item.AlwaysBatched);
    }
}
