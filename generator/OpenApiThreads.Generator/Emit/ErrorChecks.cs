using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The lines after a send that turn an error status into an exception: a status or range with an error schema of its
/// own is read as that type; the rest as the operation's main error type. Every message quotes the document's
/// description for the status.
/// </summary>
internal static class ErrorChecks
{
    public static void Write(SourceWriter writer, OperationSpec operation, ClientEmitItem item, string indent)
    {
        string id = DocComments.Literal(operation.OperationId);
        string describe = Describe(operation);
        var typed = operation.Errors
            .Where(e => e.Type is not null && !e.IsDefault && e.Type != operation.ErrorType && (e.Status is not null || e.RangeDigit is not null))
            .OrderBy(e => e.Status is null ? 1 : 0)
            .ToList();
        if (typed.Count > 0)
        {
            writer.WriteLine(indent + "switch ((int)response.StatusCode)");
            writer.WriteLine(indent + "{");
            foreach (ErrorResponseSpec error in typed)
            {
                writer.WriteLine(indent + "    case " + Label(error) + ":");
                writer.WriteLine(indent + "        await EnsureSuccessAsync(response, " + id + ", _json." + error.Type!.InfoName + ", " + ClientEmitter.MessageAccessor(item, error.Type) + ", " + describe + ", cancellationToken).ConfigureAwait(false);");
                writer.WriteLine(indent + "        break;");
            }

            writer.WriteLine(indent + "}");
            writer.WriteLine();
        }

        writer.WriteLine(indent + (operation.ErrorType is { } main
            ? "await EnsureSuccessAsync(response, " + id + ", _json." + main.InfoName + ", " + ClientEmitter.MessageAccessor(item, main) + ", " + describe + ", cancellationToken).ConfigureAwait(false);"
            : "await EnsureSuccessAsync(response, " + id + ", " + describe + ", cancellationToken).ConfigureAwait(false);"));
    }

    /// <summary>
    /// <c>static (status, serverSaid) => status switch { 404 => "Pet not found", &gt;= 400 and &lt; 500 => …, _ => serverSaid ? null : "…" }</c>,
    /// or <c>null</c> when the document describes no error.
    /// </summary>
    private static string Describe(OperationSpec operation)
    {
        var described = operation.Errors.Where(e => e.Description is not null && (e.IsDefault || e.Status is not null || e.RangeDigit is not null)).ToList();
        if (described.Count == 0)
        {
            return "null";
        }

        string fallback = described.FirstOrDefault(e => e.IsDefault) is { } fallbackError ? "serverSaid ? null : " + DocComments.Literal(fallbackError.Description!) : "null";
        var arms = new List<string>();
        arms.AddRange(described.Where(e => e.Status is not null).Select(e => Label(e) + " => " + DocComments.Literal(e.Description!)));
        arms.AddRange(described.Where(e => e.RangeDigit is not null).Select(e => Label(e) + " => " + DocComments.Literal(e.Description!)));
        return arms.Count == 0
            ? "static (_, serverSaid) => " + fallback
            : "static (status, serverSaid) => status switch { " + string.Join(", ", arms) + ", _ => " + fallback + " }";
    }

    private static string Label(ErrorResponseSpec error)
        => error.Status is { } status
            ? status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : ">= " + error.RangeDigit + "00 and < " + (error.RangeDigit + 1) + "00";
}
