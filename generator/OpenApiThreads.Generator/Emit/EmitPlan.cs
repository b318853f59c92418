using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>Splits an <see cref="ApiModel"/> into the files to generate.</summary>
internal static class EmitPlan
{
    public static ImmutableEquatableArray<EmitItem> Create(ApiModel model, CompilationFacts facts)
    {
        var header = new EmitHeader(model.Namespace, model.ClientName, model.OptionsName, model.ContextName, model.ExceptionName, model.UnionBaseName, model.Title, model.IsInternal ? "internal" : "public", model.SpecPath);
        var types = model.Types.ToDictionary(t => t.Name);
        var items = new List<EmitItem>();
        var (read, written) = FastPaths.Of(model, types);

        foreach (TypeSpec type in model.Types)
        {
            ImmutableEquatableArray<string> objectBranches = type is UnionSpec unionType
                ? unionType.Branches.Select(b => b.Type).Where(t => t.Kind == TypeRefKind.Generated && types.TryGetValue(t.Name, out TypeSpec? branch) && branch is ObjectSpec).Select(t => t.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableEquatableArray()
                : ImmutableEquatableArray<string>.Empty;
            ImmutableEquatableArray<string> readBranches = type is UnionSpec readUnion
                ? readUnion.Branches.Select(b => b.Type).Where(t => t.Kind == TypeRefKind.Generated && read.Contains(t.Name)).Select(t => t.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableEquatableArray()
                : ImmutableEquatableArray<string>.Empty;
            items.Add(new TypeEmitItem(type) { Header = header, ObjectTypes = objectBranches, WrittenTypes = objectBranches.Where(written.Contains).ToImmutableEquatableArray(), ReadTypes = readBranches, UsesFieldKeyword = facts.HasFieldKeyword && type is ObjectSpec });
        }

        if (model.Types.Any(t => t is UnionSpec))
        {
            items.Add(new UnionBaseEmitItem { Header = header });
        }

        items.Add(new ContextEmitItem(model.JsonTypes, facts.HasFeatureSwitchDefinition) { Header = header, UsesFieldKeyword = facts.HasFieldKeyword });
        // Only the writers use the table, so only the names of objects with writers are in it.
        items.Add(new PropertyNamesEmitItem(model.Types.OfType<ObjectSpec>().Where(o => written.Contains(o.Name)).SelectMany(o => o.Properties).Select(p => p.JsonName).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableEquatableArray()) { Header = header });
        foreach (TypeRef type in model.JsonTypes)
        {
            TypeSpec? spec = type.Kind == TypeRefKind.Generated && types.TryGetValue(type.Name, out TypeSpec? found) ? found : null;
            ObjectSpec? shape = spec is ObjectSpec obj ? ShapeOf(obj) : null;
            UnionSpec? union = spec is UnionSpec u ? u with { Description = null } : null;
            items.Add(new TypeInfoEmitItem(type, shape, union)
            {
                Header = header,
                ObjectTypes = shape is null ? ImmutableEquatableArray<string>.Empty : ObjectTypesIn(shape, types),
                Reaches = MetadataReach.Of(type, spec),
                Reads = spec is not null && read.Contains(type.Name),
                Writes = spec is not null && written.Contains(type.Name),
            });
        }

        if (model.GenerateClient)
        {
            bool streams = facts.HasServerSentEvents && model.Operations.Any(o => o.Response.Stream is not null);
            items.Add(new ClientEmitItem(model.Operations, model.Description, ErrorAccessors(model, types), facts) { Header = header });
            var parameters = model.Operations.SelectMany(o => o.Parameters).ToList();
            items.Add(new TransportEmitItem(model.Security.Schemes, streams, parameters.Any(p => p.Location == ParameterIn.Cookie), parameters.Any(p => p.AllowReserved && p.Location == ParameterIn.Query)) { Header = header });
            if (model.Security.Sets.Count > 0)
            {
                items.Add(new SecurityEmitItem(model.Security) { Header = header });
            }

            items.Add(new InterfaceEmitItem(model.Operations, facts) { Header = header });
            items.Add(new OptionsEmitItem(UserAgent(model)) { Header = header });
            items.Add(new ConnectionOptionsEmitItem(model.DefaultBaseUrl, model.Server, model.Security.Schemes) { Header = header });
            items.Add(new ExceptionEmitItem { Header = header });
            items.AddRange(BodyItems(model, header));
            foreach (OperationSpec operation in model.Operations.Where(o => o.Response.ResultName is not null))
            {
                items.Add(new Responses.ResultTypeEmitItem(operation.Response.ResultName!, operation.OperationId, operation.Response.Alternatives) { Header = header });
            }

            if (facts.HasHttpClientFactory)
            {
                items.Add(new ServiceCollectionEmitItem(model.Security.Schemes, model.Server) { Header = header });
            }
        }

        return items.ToImmutableEquatableArray();
    }

    /// <summary>Form models, and the file types only when an operation sends or receives a file or a form.</summary>
    private static IEnumerable<EmitItem> BodyItems(ApiModel model, EmitHeader header)
    {
        var forms = model.Operations.Select(o => o.Body?.Form).Where(f => f is not null).Distinct().ToList();
        foreach (Model.Bodies.FormModelSpec? form in forms)
        {
            yield return new Bodies.FormModelEmitItem(form!) { Header = header };
        }

        bool uploads = forms.Any(f => f!.HasFiles) || model.Operations.Any(o => o.Body?.Encoding == BodyEncoding.Binary);
        bool downloads = model.Operations.Any(o => o.Response.Encoding == BodyEncoding.Binary);
        bool fieldEncoding = forms.Count > 0 || model.Operations.Any(o => o.Parameters.Any(p => p.IsStructured));
        if (uploads || fieldEncoding)
        {
            // FormEncoding's AddFile takes an upload, so the field helpers bring the upload type with them.
            yield return new Bodies.FileTypeEmitItem(Model.Bodies.FileTypes.UploadName) { Header = header };
        }

        if (fieldEncoding)
        {
            yield return new Bodies.FileTypeEmitItem(Model.Bodies.FileTypes.FormEncodingName) { Header = header };
        }

        if (downloads)
        {
            yield return new Bodies.FileTypeEmitItem(Model.Bodies.FileTypes.DownloadName) { Header = header };
        }
    }

    private static ImmutableEquatableArray<string> ObjectTypesIn(ObjectSpec shape, Dictionary<string, TypeSpec> types)
    {
        var found = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (PropertySpec property in shape.Properties)
        {
            TypeRef? type = property.Type;
            while (type is { Kind: TypeRefKind.List or TypeRefKind.Map })
            {
                type = type.Element;
            }

            if (type is { Kind: TypeRefKind.Generated } && types.TryGetValue(type.Name, out TypeSpec? spec) && spec is ObjectSpec)
            {
                found.Add(type.Name);
            }
        }

        return found.ToImmutableEquatableArray();
    }

    /// <summary>"ThreadsClient/2.3.0": the client's name and the document's version, as a User-Agent product token.</summary>
    private static string UserAgent(ApiModel model)
    {
        string version = new string((model.Version ?? string.Empty).Where(c => c > ' ' && c < 127 && c is not '(' and not ')' and not '/' and not ',' and not ';').ToArray());
        return version.Length > 0 ? model.ClientName + "/" + version : model.ClientName;
    }

    private static ObjectSpec ShapeOf(ObjectSpec spec) => spec with
    {
        Description = null,
        Properties = spec.Properties.Select(p => p with { Description = null, DefaultJson = null }).ToImmutableEquatableArray(),
    };

    /// <summary>
    /// Finds a string property called "message" in the error body, directly or one object down (OpenAI's
    /// <c>{"error": {"message": …}}</c>), so exceptions can say what the server said.
    /// </summary>
    private static ImmutableEquatableArray<ErrorMessageAccessor> ErrorAccessors(ApiModel model, Dictionary<string, TypeSpec> types)
    {
        var accessors = new List<ErrorMessageAccessor>();
        foreach (TypeRef error in model.Operations.SelectMany(o => o.Errors.Select(e => e.Type).Append(o.ErrorType)).Where(t => t is not null).Distinct()!)
        {
            if (error.Kind != TypeRefKind.Generated || !types.TryGetValue(error.Name, out TypeSpec? spec) || spec is not ObjectSpec obj)
            {
                continue;
            }

            string? accessor = MessageIn(obj, types, depth: 0);
            if (accessor is not null)
            {
                accessors.Add(new ErrorMessageAccessor(error.Name, accessor));
            }
        }

        return accessors.ToImmutableEquatableArray();
    }

    private static string? MessageIn(ObjectSpec obj, Dictionary<string, TypeSpec> types, int depth)
    {
        PropertySpec? message = obj.Properties.FirstOrDefault(p => p.JsonName == "message" && p.Type.Primitive == PrimitiveKind.String);
        if (message is not null)
        {
            return "?." + message.Name;
        }

        if (depth > 0)
        {
            return null;
        }

        foreach (PropertySpec property in obj.Properties)
        {
            if (property.Type.Kind == TypeRefKind.Generated && types.TryGetValue(property.Type.Name, out TypeSpec? inner) && inner is ObjectSpec innerObject
                && MessageIn(innerObject, types, depth + 1) is { } nested)
            {
                return "?." + property.Name + nested;
            }
        }

        return null;
    }
}
