using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>
/// Recognises the cursor-paging pattern (OpenAI's and Stripe's): the response has an item array <c>data</c>, a
/// boolean <c>has_more</c> and the cursor <c>last_id</c>; the request takes that cursor as <c>after</c>.
/// </summary>
internal static class PagingShape
{
    public static PagingSpec? Detect(OperationSpec operation, IReadOnlyDictionary<string, TypeSpec> types)
    {
        ParameterSpec? after = operation.Parameters.FirstOrDefault(p => p is { JsonName: "after", Location: ParameterIn.Query, IsRequired: false, FixedValue: null } && IsString(p.Type));
        if (after is null || operation.Response.Type is not { Kind: TypeRefKind.Generated } response
            || !types.TryGetValue(response.Name, out TypeSpec? spec) || spec is not ObjectSpec page)
        {
            return null;
        }

        PropertySpec? items = page.Properties.FirstOrDefault(p => p.JsonName == "data" && p.Type.Kind == TypeRefKind.List);
        PropertySpec? hasMore = page.Properties.FirstOrDefault(p => p.JsonName == "has_more" && p.Type.Primitive == PrimitiveKind.Boolean);
        PropertySpec? lastId = page.Properties.FirstOrDefault(p => p.JsonName == "last_id" && IsString(p.Type));
        if (items is null || hasMore is null || lastId is null)
        {
            return null;
        }

        var managed = new List<string> { after.Name };
        if (operation.Parameters.FirstOrDefault(p => p is { JsonName: "before", Location: ParameterIn.Query, IsRequired: false }) is { } before)
        {
            // Walking forward from "after" while also bounding by "before" is not something the pattern defines.
            managed.Add(before.Name);
        }

        return new PagingSpec
        {
            ItemType = items.Type.Element!,
            ItemsProperty = items.Name,
            HasMoreProperty = hasMore.Name,
            NextCursorProperty = lastId.Name,
            CursorParameter = after.Name,
            ManagedParameters = managed.ToImmutableEquatableArray(),
        };
    }

    private static bool IsString(TypeRef type) => type.Primitive == PrimitiveKind.String;
}
