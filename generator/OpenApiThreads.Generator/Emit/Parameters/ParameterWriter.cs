using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Model.Bodies;

namespace OpenApiThreads.Generator.Emit.Parameters;

/// <summary>
/// Puts an operation's parameters on the request, each in its location and OpenAPI style: path segments (simple,
/// label, matrix), the query (form with or without explode, space- and pipe-delimited, deepObject), headers (arrays
/// comma-joined) and cookies. Values are spelled by the primitive table, in the invariant culture.
/// </summary>
internal static class ParameterWriter
{
    /// <summary>"threads/" + EscapePathSegment(threadId) for the template <c>threads/{thread_id}</c>.</summary>
    public static string PathExpression(OperationSpec operation)
    {
        var parts = new List<string>();
        var literal = new StringBuilder();
        string path = operation.Path;
        for (int i = 0; i < path.Length; i++)
        {
            int close = path[i] == '{' ? path.IndexOf('}', i) : -1;
            ParameterSpec? parameter = close > i
                ? operation.Parameters.FirstOrDefault(p => p.Location == ParameterIn.Path && p.JsonName == path.Substring(i + 1, close - i - 1))
                : null;
            if (parameter is null)
            {
                literal.Append(path[i]);
                continue;
            }

            string prefix = parameter.Style switch
            {
                SerializationStyle.Label => ".",
                SerializationStyle.Matrix => ";" + parameter.JsonName + "=",
                _ => string.Empty,
            };
            literal.Append(prefix);
            if (literal.Length > 0)
            {
                parts.Add(DocComments.Literal(literal.ToString()));
                literal.Clear();
            }

            parts.Add(PathValue(parameter));
            i = close;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(DocComments.Literal(literal.ToString()));
        }

        return string.Join(" + ", parts);
    }

    /// <summary>The query string, built into <c>relativeUri</c>.</summary>
    public static void WriteQuery(SourceWriter writer, OperationSpec operation, string ns, string indent)
    {
        var query = operation.Parameters.Where(p => p.Location == ParameterIn.Query).ToList();
        if (query.Count == 0 && operation.FixedQuery is null)
        {
            return;
        }

        writer.WriteLine(indent + "var query = new global::System.Text.StringBuilder(" + (operation.FixedQuery is null ? string.Empty : DocComments.Literal("?" + operation.FixedQuery)) + ");");
        foreach (ParameterSpec parameter in query)
        {
            string name = DocComments.Literal(parameter.JsonName);
            if (parameter.FixedValue is { } fixedValue)
            {
                writer.WriteLine(indent + "AppendQuery(query, " + name + ", " + DocComments.Literal(fixedValue) + ");");
                continue;
            }

            WriteGuarded(writer, parameter, indent, QueryStatement(parameter, Target(parameter)));
        }

        writer.WriteLine(indent + "relativeUri += query.ToString();");
    }

    /// <summary>Headers and cookies, once the request exists.</summary>
    public static void WriteHeadersAndCookies(SourceWriter writer, OperationSpec operation, string indent)
    {
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.Location is ParameterIn.Header or ParameterIn.Cookie))
        {
            string name = DocComments.Literal(parameter.JsonName);
            string call = parameter.Location == ParameterIn.Cookie ? "AddCookie" : "SetHeader";
            if (parameter.FixedValue is { } fixedValue)
            {
                writer.WriteLine(indent + call + "(request, " + name + ", " + DocComments.Literal(fixedValue) + ");");
                continue;
            }

            if (IsIdempotencyKey(parameter))
            {
                // One key per logical call: made here, before the first attempt, so every retry resends the same one.
                writer.WriteLine(indent + "SetHeader(request, " + name + ", " + parameter.Name + (parameter.IsRequired ? string.Empty : " ?? global::System.Guid.NewGuid().ToString()") + ");");
                continue;
            }

            WriteGuarded(writer, parameter, indent, call + "(request, " + name + ", " + Joined(parameter, Target(parameter), ",") + ");");
        }
    }

    /// <summary>A string <c>Idempotency-Key</c> header (Stripe's convention), which the client fills in when the caller does not.</summary>
    private static bool IsIdempotencyKey(ParameterSpec parameter)
        => parameter.FixedValue is null && parameter.Location == ParameterIn.Header && string.Equals(parameter.JsonName, "Idempotency-Key", System.StringComparison.OrdinalIgnoreCase)
            && parameter.Type.Primitive == PrimitiveKind.String;

    /// <summary>An optional parameter is sent only when given.</summary>
    private static void WriteGuarded(SourceWriter writer, ParameterSpec parameter, string indent, string statement)
    {
        if (parameter.IsRequired)
        {
            writer.WriteLine(indent + statement);
            return;
        }

        writer.WriteLine(indent + "if (" + parameter.Name + " is not null)");
        writer.WriteLine(indent + "{");
        writer.WriteLine(indent + "    " + statement);
        writer.WriteLine(indent + "}");
    }

    private static string QueryStatement(ParameterSpec parameter, string target)
    {
        string name = DocComments.Literal(parameter.JsonName);
        string append = parameter.AllowReserved ? "AppendQueryAllowingReserved" : "AppendQuery";
        if (parameter.IsStructured)
        {
            string element = "json::JsonSerializer.SerializeToElement(" + target + ", _json." + parameter.Type.AsNonNullable().InfoName + ")";
            return "foreach (var field in api::" + FileTypes.FormEncodingName + ".Fields(" + name + ", " + element + ", "
                + (parameter.Style == SerializationStyle.DeepObject ? "true" : "false") + ", " + (parameter.Explode ? "true" : "false") + ")) { " + append + "(query, field.Key, field.Value); }";
        }

        if (parameter.Type.Kind != TypeRefKind.List)
        {
            return append + "(query, " + name + ", " + Format(parameter.Type.AsNonNullable(), target) + ");";
        }

        if (parameter.Style == SerializationStyle.DeepObject)
        {
            // deepObject says nothing about arrays; servers that use it (Stripe, Rails) read repeated "name[]".
            return "foreach (var item in " + target + ") { " + append + "(query, " + DocComments.Literal(parameter.JsonName + "[]") + ", " + Format(parameter.Type.Element!.AsNonNullable(), "item") + "); }";
        }

        if (parameter.Explode)
        {
            return "foreach (var item in " + target + ") { " + append + "(query, " + name + ", " + Format(parameter.Type.Element!.AsNonNullable(), "item") + "); }";
        }

        string separator = parameter.Style switch
        {
            SerializationStyle.SpaceDelimited => " ",
            SerializationStyle.PipeDelimited => "|",
            _ => ",",
        };
        return append + "(query, " + name + ", " + Joined(parameter, target, separator) + ");";
    }

    /// <summary>A path value: one escaped segment, or the items of an array joined as the style says.</summary>
    private static string PathValue(ParameterSpec parameter)
    {
        string target = parameter.Name;
        if (parameter.Type.Kind != TypeRefKind.List)
        {
            return "EscapePathSegment(" + Format(parameter.Type.AsNonNullable(), target) + ")";
        }

        string separator = (parameter.Style, parameter.Explode) switch
        {
            (SerializationStyle.Label, true) => ".",
            (SerializationStyle.Matrix, true) => ";" + parameter.JsonName + "=",
            _ => ",",
        };
        return "JoinQuery(" + target + ", " + DocComments.Literal(separator) + ", static item => EscapePathSegment(" + Format(parameter.Type.Element!.AsNonNullable(), "item") + "))";
    }

    /// <summary>A scalar as text, or an array's items joined by <paramref name="separator"/>.</summary>
    private static string Joined(ParameterSpec parameter, string target, string separator)
        => parameter.Type.Kind == TypeRefKind.List
            ? "JoinQuery(" + target + ", " + DocComments.Literal(separator) + ", static item => " + Format(parameter.Type.Element!.AsNonNullable(), "item") + ")"
            : Format(parameter.Type.AsNonNullable(), target);

    /// <summary>The name of a parameter, unwrapped when it is an optional value type.</summary>
    private static string Target(ParameterSpec parameter)
        => !parameter.IsRequired && parameter.Type.IsValueType ? parameter.Name + ".Value" : parameter.Name;

    private static string Format(TypeRef type, string expression) => type.Facts.UriFormat(expression);
}
