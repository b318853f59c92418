using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Infrastructure;

/// <summary>
/// A small snapshot helper (Verify is not served by this registry). The accepted text lives beside the test as
/// <c>Snapshots/{Name}/{file}.verified.cs</c>; a mismatch writes <c>.received.cs</c> next to it and fails.
/// Set <c>OPENAPITHREADS_ACCEPT_SNAPSHOTS=1</c> to accept what was received.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "OPENAPITHREADS_ACCEPT_SNAPSHOTS";

    public static void Match(string name, string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots", name);
        string stem = Path.Combine(directory, fileName.Replace(".g.cs", string.Empty, StringComparison.Ordinal));
        string verifiedPath = stem + ".verified.cs";
        string receivedPath = stem + ".received.cs";
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        string? expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(expected is null
            ? $"No accepted snapshot {verifiedPath}; wrote {receivedPath}. Review it, then rerun with {AcceptVariable}=1."
            : $"Snapshot {verifiedPath} differs; wrote {receivedPath}. Diff them, then rerun with {AcceptVariable}=1 if the change is intended.");
    }
}
