using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// Records the call stack of every exception thrown on this thread while it is open. OATG007 carries only the
/// exception's type and message, which cannot tell two NullReferenceExceptions apart; the stack can.
/// </summary>
internal sealed class ThrownExceptions : IDisposable
{
    [ThreadStatic]
    private static List<(Exception Exception, StackTrace Stack)>? t_recorded;

    static ThrownExceptions()
        => AppDomain.CurrentDomain.FirstChanceException += (_, e) => t_recorded?.Add((e.Exception, new StackTrace(1, fNeedFileInfo: false)));

    public ThrownExceptions() => t_recorded = new();

    public IReadOnlyList<(Exception Exception, StackTrace Stack)> Recorded { get; private set; } = [];

    public void Dispose()
    {
        Recorded = t_recorded ?? [];
        t_recorded = null;
    }

    /// <summary>The frames of the generator and its reader, innermost first, as "Type.Method (File.cs:line)".</summary>
    public static List<string> Frames(StackTrace stack)
        => stack.GetFrames()
            .Where(f => f.GetMethod()?.DeclaringType?.FullName is { } type
                && (type.StartsWith("OpenApiThreads.Generator.", StringComparison.Ordinal) || type.StartsWith("Microsoft.OpenApi.", StringComparison.Ordinal) || type.StartsWith("YamlDotNet.", StringComparison.Ordinal) || type.StartsWith("System.", StringComparison.Ordinal))
                && !type.StartsWith("OpenApiThreads.Generator.Tests.", StringComparison.Ordinal)
                && !type.StartsWith("System.Runtime.EH", StringComparison.Ordinal))
            .Select(Describe)
            .ToList();

    private static string Describe(StackFrame frame)
    {
        var method = frame.GetMethod()!;
        string where = frame.GetFileName() is { } file ? $" ({System.IO.Path.GetFileName(file)}:{frame.GetFileLineNumber()})" : string.Empty;
        return method.DeclaringType!.FullName + "." + method.Name + where;
    }
}
