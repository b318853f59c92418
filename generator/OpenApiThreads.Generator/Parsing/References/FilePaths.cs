using System;
using System.Collections.Generic;

namespace OpenApiThreads.Generator.Parsing.References;

/// <summary>
/// Paths of AdditionalFiles as strings only: a <c>$ref</c>'s file part is resolved against the referring file's
/// folder by hand (System.IO.Path.GetFullPath would consult the current directory, and the generator reads no disk).
/// </summary>
internal static class FilePaths
{
    /// <summary>The file part of a <c>$ref</c> (before '#'), or null when it points into the same document or to a URL.</summary>
    public static string? FilePart(string reference)
    {
        int hash = reference.IndexOf('#');
        string file = hash < 0 ? reference : reference.Substring(0, hash);
        if (file.Length == 0 || file.IndexOf("://", StringComparison.Ordinal) >= 0 || file.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.UnescapeDataString(file);
    }

    /// <summary>The pointer part of a <c>$ref</c> (after '#'), empty for a whole file.</summary>
    public static string PointerPart(string reference)
    {
        int hash = reference.IndexOf('#');
        return hash < 0 ? string.Empty : Uri.UnescapeDataString(reference.Substring(hash + 1));
    }

    /// <summary><paramref name="relative"/> against the folder of <paramref name="from"/>, with '.' and '..' folded.</summary>
    public static string Resolve(string from, string relative)
    {
        char separator = from.IndexOf('\\') >= 0 && from.IndexOf('/') < 0 ? '\\' : '/';
        bool rooted = relative.StartsWith("/", StringComparison.Ordinal) || relative.StartsWith("\\", StringComparison.Ordinal) || (relative.Length > 1 && relative[1] == ':');
        string combined = rooted ? relative : Folder(from) + separator + relative;
        var parts = new List<string>();
        string[] segments = combined.Split('/', '\\');
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            if (segment == "." || (segment.Length == 0 && i > 0))
            {
                continue;
            }

            if (segment == ".." && parts.Count > 0 && parts[parts.Count - 1] != ".." && parts[parts.Count - 1].Length > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join(separator.ToString(), parts);
    }

    /// <summary>A key two spellings of one file share (separators, and case where paths look like Windows paths).</summary>
    public static string Key(string path)
    {
        string key = path.Replace('\\', '/');
        return key.Length > 1 && key[1] == ':' ? key.ToUpperInvariant() : key;
    }

    /// <summary><paramref name="path"/> relative to the folder of <paramref name="root"/>, for a message the user can paste.</summary>
    public static string Relative(string root, string path)
    {
        string[] from = Key(Folder(root)).Split('/');
        string[] to = Key(path).Split('/');
        string[] original = path.Replace('\\', '/').Split('/');
        int common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var parts = new List<string>();
        for (int i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (int i = common; i < original.Length; i++)
        {
            parts.Add(original[i]);
        }

        return string.Join("/", parts);
    }

    public static string FileStem(string path)
    {
        string name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        int dot = name.IndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static string Folder(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }
}
