namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The abstract base every union class of a spec derives from, written once: the fields, the unknown-JSON members and
/// their docs, which would otherwise be repeated by every union. A union keeps only what names its branches.
/// </summary>
internal static class UnionBaseEmitter
{
    public static string Emit(UnionBaseEmitItem item)
    {
        EmitHeader header = item.Header;
        string name = header.UnionBaseName;
        const string Json = "json::";
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            /// <summary>
            /// A value that is one of several schemas (oneOf/anyOf): each union holds exactly one of its branches, or JSON
            /// that matched none. Such JSON is kept, not lost: <see cref="IsUnknown"/> tells, <see cref="UnknownJson"/>
            /// holds it, each union's <c>FromUnknownJson</c> wraps it, and it is written back exactly as it was read.
            /// </summary>
            {{header.Accessibility}} abstract class {{name}}
            {
                // The branch held, numbered from 1 in the document's order; 0 for JSON that matched no branch.
                private protected readonly int _branch;
                private protected readonly object? _value;
                private protected readonly {{Json}}JsonElement _unknown;

                private protected {{name}}(int branch, object? value, {{Json}}JsonElement unknown)
                {
                    _branch = branch;
                    _value = value;
                    _unknown = unknown;
                }

                // A branch of a reference type, which is checked here, once, for every union's constructors.
                private protected {{name}}(int branch, object? value)
                    : this(branch, value ?? throw new global::System.ArgumentNullException(nameof(value)), default)
                {
                }

                /// <summary>Whether the JSON matched no branch; <see cref="UnknownJson"/> then holds it unchanged.</summary>
                public bool IsUnknown => _branch == 0;

                /// <summary>The JSON that matched no branch, kept so it can be inspected and written back as it was.</summary>
                public {{Json}}JsonElement? UnknownJson => _branch == 0 ? _unknown : null;

                /// <summary>The branch value, or the unknown JSON as a <see cref="{{Json}}JsonElement"/>.</summary>
                public object Value => _branch == 0 ? _unknown : _value!;

                // A union's AsX of a reference-type branch: the value when that branch is held, otherwise null.
                private protected TBranch? Branch<TBranch>(int branch)
                    where TBranch : class
                    => _branch == branch ? (TBranch)_value! : null;

                // The same for a value-type branch, as a nullable value.
                private protected TBranch? ValueBranch<TBranch>(int branch)
                    where TBranch : struct
                    => _branch == branch ? (TBranch)_value! : null;
            }
            """);
        return FileHeader.Finish(writer);
    }
}
