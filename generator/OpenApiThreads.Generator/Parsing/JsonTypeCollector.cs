using System.Collections.Generic;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>Lists every runtime type the JSON context must describe, each once, in first-seen order.</summary>
internal static class JsonTypeCollector
{
    public static ImmutableEquatableArray<TypeRef> Collect(IReadOnlyList<TypeSpec> types, IReadOnlyList<OperationSpec> operations)
    {
        var seen = new HashSet<TypeRef>();
        var ordered = new List<TypeRef>();

        void Add(TypeRef? type)
        {
            if (type is null)
            {
                return;
            }

            TypeRef runtime = type.RuntimeType;
            if (!seen.Add(runtime))
            {
                return;
            }

            ordered.Add(runtime);
            if (runtime.IsNullable)
            {
                // A nullable value type's converter wraps the underlying type's metadata.
                Add(runtime.AsNonNullable());
            }

            if (runtime.Kind == TypeRefKind.Map)
            {
                Add(BuiltInTypes.String);
            }

            Add(runtime.Element);
        }

        foreach (TypeSpec type in types)
        {
            Add(type.Ref);
            switch (type)
            {
                case ObjectSpec obj:
                    foreach (PropertySpec property in obj.Properties)
                    {
                        Add(property.Type);
                    }

                    if (obj.AdditionalDataName is not null)
                    {
                        Add(BuiltInTypes.AdditionalData);
                    }

                    break;
                case UnionSpec union:
                    foreach (UnionBranchSpec branch in union.Branches)
                    {
                        Add(branch.Type);
                    }

                    break;
            }
        }

        foreach (OperationSpec operation in operations)
        {
            if (operation.Body is { Encoding: BodyEncoding.Json } jsonBody)
            {
                Add(jsonBody.Type);
            }

            // Structured form fields are written as JSON (a multipart part) or flattened from it (a form).
            foreach (FormPartSpec part in operation.Body?.Form?.Parts ?? ImmutableEquatableArray<FormPartSpec>.Empty)
            {
                if (part.Kind == FormPartKind.Structured)
                {
                    Add(part.Type.AsNonNullable());
                }
            }

            foreach (ParameterSpec parameter in operation.Parameters)
            {
                if (parameter.IsStructured)
                {
                    Add(parameter.Type.AsNonNullable());
                }
            }

            foreach (ResponseAlternative alternative in operation.Response.Alternatives)
            {
                Add(alternative.Type);
            }

            if (operation.Response.Encoding == BodyEncoding.Json && operation.Response.Alternatives.Count == 0)
            {
                Add(operation.Response.Type);
            }

            Add(operation.ErrorType);
            foreach (ErrorResponseSpec error in operation.Errors)
            {
                Add(error.Type);
            }

            Add(operation.Response.Stream?.ItemType);
            foreach (StreamEventSpec streamEvent in operation.Response.Stream?.Events ?? ImmutableEquatableArray<StreamEventSpec>.Empty)
            {
                Add(streamEvent.DataType);
            }
        }

        return ordered.ToImmutableEquatableArray();
    }
}
