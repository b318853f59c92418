using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace OpenApiThreads.Cli.Output;

/// <summary>
/// One progress line on stderr for an upload or a download, redrawn in place (carriage return) at most every
/// <see cref="Interval"/>, and ended with a line break by <see cref="Finish"/>. Made only when stderr is a terminal:
/// a pipe or a log gets no progress, so its one-line error contract holds.
/// </summary>
internal sealed class TransferProgress : IProgress<long>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter _error;
    private readonly string _label;
    private readonly long? _total;
    private readonly Stopwatch _sinceDrawn = new();
    private readonly object _gate = new();
    private long _done;
    private int _drawnLength;

    private TransferProgress(TextWriter error, string label, long? total)
    {
        _error = error;
        _label = label;
        _total = total;
    }

    /// <summary>A progress line when stderr is a terminal, else null (report to nobody).</summary>
    /// <param name="context">The running command.</param>
    /// <param name="label">What moves, e.g. <c>upload report.pdf</c>.</param>
    /// <param name="total">The bytes expected, when known; reports above it are shown as it.</param>
    public static TransferProgress? For(CommandContext context, string label, long? total)
        => context.ErrorIsTerminal ? new TransferProgress(context.Error, label, total) : null;

    public void Report(long value)
    {
        lock (_gate)
        {
            _done = value;
            if (!_sinceDrawn.IsRunning || _sinceDrawn.Elapsed >= Interval)
            {
                Draw();
            }
        }
    }

    /// <summary>Draws the last count and ends the line, so what follows on stderr starts on a line of its own.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            Draw();
            _error.WriteLine();
            _error.Flush();
        }
    }

    /// <summary>The text of the line, e.g. <c>upload a.bin: 12.5 MiB of 200.0 MiB (6%)</c>.</summary>
    public static string Line(string label, long done, long? total)
    {
        if (total is not { } whole)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{label}: {Size(done)}");
        }

        long shown = Math.Min(done, whole);
        long percent = whole == 0 ? 100 : shown * 100 / whole;
        return string.Create(CultureInfo.InvariantCulture, $"{label}: {Size(shown)} of {Size(whole)} ({percent}%)");
    }

    private void Draw()
    {
        string line = Line(_label, _done, _total);
        // Spaces over whatever a longer earlier line left behind.
        _error.Write("\r" + line.PadRight(_drawnLength));
        _error.Flush();
        _drawnLength = line.Length;
        _sinceDrawn.Restart();
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GiB"),
    };
}
