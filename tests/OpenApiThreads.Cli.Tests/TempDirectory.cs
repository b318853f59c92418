using System;
using System.IO;

namespace OpenApiThreads.Cli.Tests;

/// <summary>A fresh directory under the system's temporary one, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => FullName = Directory.CreateTempSubdirectory("openai-threads-cli-").FullName;

    public string FullName { get; }

    public string PathOf(string name) => Path.Combine(FullName, name);

    /// <summary>Writes a file here and returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        string path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}
