using System.Collections.Generic;
using System.Linq;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// The lines after a send that turn an error status into an exception: a status or range with an error schema of its
/// own is read as that type; the rest as the operation's main error type. Every message quotes the document's
/// description for the status. Checks that many operations repeat are one method each (<see cref="Shared"/>).
/// </summary>
internal static class ErrorChecks
{
    public static void Write(SourceWriter writer, OperationSpec operation, ClientEmitItem item, string indent, IReadOnlyDictionary<string, string> shared)
    {
        string id = DocComments.Literal(operation.OperationId);
        var typed = Typed(operation);
        if (typed.Count > 0)
        {
            writer.WriteLine(indent + "switch ((int)response.StatusCode)");
            writer.WriteLine(indent + "{");
            foreach (ErrorResponseSpec error in typed)
            {
                writer.WriteLine(indent + "    case " + Label(error) + ":");
                writer.WriteLine(indent + "        " + Call(TypedArguments(operation, item, error), id, shared));
                writer.WriteLine(indent + "        break;");
            }

            writer.WriteLine(indent + "}");
            writer.WriteLine();
        }

        writer.WriteLine(indent + Call(MainArguments(operation, item), id, shared));
    }

    /// <summary>
    /// The checks that repeat the same error type, message and descriptions across operations (OpenAI's 159 operations
    /// share one), each a method the operations call with their id: the arguments, and the method's name.
    /// </summary>
    public static Dictionary<string, string> Shared(IEnumerable<OperationSpec> operations, ClientEmitItem item)
    {
        var uses = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (OperationSpec operation in operations)
        {
            foreach (string arguments in Typed(operation).Select(e => TypedArguments(operation, item, e)).Append(MainArguments(operation, item)))
            {
                if (!uses.TryGetValue(arguments, out int count))
                {
                    order.Add(arguments);
                }

                uses[arguments] = count + 1;
            }
        }

        // A method pays for itself once its arguments are longer than the calls it shortens.
        var shared = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (string arguments in order.Where(a => (uses[a] - 1) * a.Length > 200))
        {
            shared.Add(arguments, "EnsureSuccess" + shared.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Async");
        }

        return shared;
    }

    /// <summary>The shared checks' methods, at the end of the client.</summary>
    public static void WriteShared(SourceWriter writer, IReadOnlyDictionary<string, string> shared)
    {
        foreach (KeyValuePair<string, string> check in shared.OrderBy(c => c.Value.Length).ThenBy(c => c.Value, System.StringComparer.Ordinal))
        {
            writer.WriteLine();
            writer.WriteLine("    /// <summary>The error check several operations share: the same error type, message and status descriptions.</summary>");
            writer.WriteLine("    private global::System.Threading.Tasks.Task " + check.Value + "(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken)");
            writer.WriteLine("        => EnsureSuccessAsync(response, operationId, " + check.Key + ", cancellationToken);");
        }
    }

    private static List<ErrorResponseSpec> Typed(OperationSpec operation)
        => operation.Errors
            .Where(e => e.Type is not null && !e.IsDefault && e.Type != operation.ErrorType && (e.Status is not null || e.RangeDigit is not null))
            .OrderBy(e => e.Status is null ? 1 : 0)
            .ToList();

    private static string TypedArguments(OperationSpec operation, ClientEmitItem item, ErrorResponseSpec error)
        => "_json." + error.Type!.InfoName + ", " + ClientEmitter.MessageAccessor(item, error.Type) + ", " + Describe(operation);

    private static string MainArguments(OperationSpec operation, ClientEmitItem item)
        => operation.ErrorType is { } main
            ? "_json." + main.InfoName + ", " + ClientEmitter.MessageAccessor(item, main) + ", " + Describe(operation)
            : Describe(operation);

    private static string Call(string arguments, string id, IReadOnlyDictionary<string, string> shared)
        => shared.TryGetValue(arguments, out string? method)
            ? "await " + method + "(response, " + id + ", cancellationToken).ConfigureAwait(false);"
            : "await EnsureSuccessAsync(response, " + id + ", " + arguments + ", cancellationToken).ConfigureAwait(false);";

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
