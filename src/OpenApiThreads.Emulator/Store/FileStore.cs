using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The uploaded files: their objects in creation order, and their bytes in a private temporary directory, one
/// file named by id, so a large upload never sits in memory. The directory is made at the first upload and removed
/// when the emulator is disposed. Files are kept until deleted: an <c>expires_at</c> is reported but not enforced.
/// </summary>
internal sealed class FileStore : IDisposable
{
    private readonly Lock _gate = new();
    private readonly StoredList<FileRecord> _files = new();
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "openapithreads-emulator-" + Ids.New(string.Empty));

    /// <summary>Creates the empty content file for an upload in progress; the caller writes the bytes.</summary>
    public FileStream CreateContent(string id)
    {
        Directory.CreateDirectory(_directory);
        return new FileStream(ContentPath(id), FileMode.CreateNew, FileAccess.Write, FileShare.None,
            bufferSize: 0, FileOptions.Asynchronous);
    }

    /// <summary>Drops the content of an upload that failed before <see cref="Add"/>.</summary>
    public void DiscardContent(string id) => TryDeleteFile(ContentPath(id));

    /// <summary>Makes a file whose content has been written visible to every other request.</summary>
    public void Add(FileRecord file)
    {
        lock (_gate)
        {
            _files.Add(file);
        }
    }

    public bool TryGet(string id, [NotNullWhen(true)] out FileRecord? file)
    {
        lock (_gate)
        {
            return _files.TryGet(id, out file);
        }
    }

    public bool Contains(string id) => TryGet(id, out _);

    /// <summary>The files in creation order, optionally only those of one purpose.</summary>
    public FileRecord[] Snapshot(string? purpose)
    {
        lock (_gate)
        {
            return _files.Snapshot(purpose is null ? null : file => string.Equals(file.Purpose, purpose, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Opens a file's bytes for reading. The stream is opened under the lock that <see cref="TryDelete"/> takes,
    /// and shares delete, so a download that has started finishes even if the file is deleted meanwhile.
    /// </summary>
    public bool TryOpenContent(string id, [NotNullWhen(true)] out FileRecord? file, [NotNullWhen(true)] out Stream? content)
    {
        lock (_gate)
        {
            if (!_files.TryGet(id, out file))
            {
                content = null;
                return false;
            }

            content = new FileStream(ContentPath(id), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete,
                bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return true;
        }
    }

    public bool TryDelete(string id)
    {
        lock (_gate)
        {
            if (!_files.Remove(id))
            {
                return false;
            }

            TryDeleteFile(ContentPath(id));
            return true;
        }
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: the directory is in the system's temporary folder, which is cleaned anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // Ids are "file-" and alphanumerics, so they are safe file names on every platform.
    private string ContentPath(string id) => Path.Combine(_directory, id);

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
