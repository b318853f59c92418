using System.Text;

namespace OpenApiThreads.Generator.Model;

internal enum TypeRefKind
{
    /// <summary>A type the runtime ships (string, long, DateTimeOffset, JsonElement …).</summary>
    BuiltIn,

    /// <summary>A type this generator emits (object, enum or union).</summary>
    Generated,

    /// <summary><c>IList&lt;Element&gt;</c>.</summary>
    List,

    /// <summary><c>IDictionary&lt;string, Element&gt;</c>.</summary>
    Map,
}

/// <summary>
/// A reference to a C# type, compared by value. <see cref="Name"/> is the spelled type for built-ins
/// (a keyword or a <c>global::</c> name) and the simple name of a generated type (it lives in the model's namespace).
/// </summary>
internal sealed record TypeRef
{
    public required TypeRefKind Kind { get; init; }

    public required string Name { get; init; }

    public TypeRef? Element { get; init; }

    /// <summary>Which primitive a <see cref="TypeRefKind.BuiltIn"/> is; <see cref="PrimitiveKind.None"/> otherwise.</summary>
    public PrimitiveKind Primitive { get; init; }

    /// <summary>The row of the primitive table for this type (the <c>None</c> row for generated types and collections).</summary>
    public Primitive Facts => Model.Primitive.Of(Primitive);

    public bool IsValueType { get; init; }

    /// <summary>Whether JSON <c>null</c> is a legal value here (nullable annotation in C#).</summary>
    public bool IsNullable { get; init; }

    public TypeRef AsNullable() => IsNullable ? this : this with { IsNullable = true };

    public TypeRef AsNonNullable() => IsNullable ? this with { IsNullable = false } : this;

    /// <summary>
    /// The runtime type the JSON metadata describes: nullability of a reference type is only an annotation,
    /// so <c>string</c> and <c>string?</c> share one JsonTypeInfo while <c>long</c> and <c>long?</c> do not.
    /// </summary>
    public TypeRef RuntimeType => IsNullable && !IsValueType ? AsNonNullable() : this;

    /// <summary>The C# spelling, with the nullable annotation.</summary>
    public string ToCSharp()
    {
        string core = Kind switch
        {
            TypeRefKind.BuiltIn => Name,
            TypeRefKind.Generated => "api::" + Name,
            TypeRefKind.List => "generic::IList<" + Element!.ToCSharp() + ">",
            _ => "generic::IDictionary<string, " + Element!.ToCSharp() + ">",
        };
        return IsNullable ? core + "?" : core;
    }

    /// <summary>
    /// The name of the JsonTypeInfo property on the generated context: <c>String</c>, <c>NullableInt64</c>,
    /// <c>ListMessage</c>, <c>DictionaryString</c>, or the generated type's own name. Shortened like any long
    /// identifier: maps of maps 200 deep would otherwise exceed what metadata allows (CS7013).
    /// </summary>
    public string InfoName
    {
        get
        {
            var builder = new StringBuilder();
            AppendInfoName(RuntimeType, builder);
            return Naming.Identifiers.Shorten(builder.ToString());
        }
    }

    private static void AppendInfoName(TypeRef type, StringBuilder builder)
    {
        if (type.IsNullable)
        {
            builder.Append("Nullable");
        }

        switch (type.Kind)
        {
            // An element keeps its annotation: IList<string> and IList<string?> are one runtime type, but each needs
            // its own JsonTypeInfo<T> spelling, or using one for the other is a nullability warning (CS8619, CS8620).
            case TypeRefKind.List:
                builder.Append("List");
                AppendInfoName(type.Element!, builder);
                break;
            case TypeRefKind.Map:
                builder.Append("Dictionary");
                AppendInfoName(type.Element!, builder);
                break;
            case TypeRefKind.Generated:
                builder.Append(type.Name);
                break;
            default:
                builder.Append(type.Facts.InfoName);
                break;
        }
    }
}
