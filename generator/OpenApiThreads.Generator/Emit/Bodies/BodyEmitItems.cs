using OpenApiThreads.Generator.Model.Bodies;

namespace OpenApiThreads.Generator.Emit.Bodies;

/// <summary>The typed model of a multipart or form-urlencoded body.</summary>
internal sealed record FormModelEmitItem(FormModelSpec Form) : EmitItem
{
    public override string HintName => FilePrefix + "." + Form.Name + ".g.cs";
}

/// <summary>One of the fixed file types (<see cref="FileTypes"/>), copied from its template.</summary>
internal sealed record FileTypeEmitItem(string TypeName) : EmitItem
{
    public override string HintName => FilePrefix + "." + TypeName + ".g.cs";
}
