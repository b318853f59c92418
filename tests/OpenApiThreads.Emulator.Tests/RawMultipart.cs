using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;

namespace OpenApiThreads.Emulator.Tests;

/// <summary>
/// Writes a multipart/form-data body byte by byte, so a test can send what HttpClient would not: raw UTF-8 file
/// names, repeated or unnamed parts, a missing closing boundary.
/// </summary>
public sealed class RawMultipart
{
    public const string Boundary = "emulator-test-boundary";

    private readonly List<(string Headers, byte[] Body)> _parts = [];

    /// <param name="disposition">What follows <c>Content-Disposition: form-data; </c>, for example <c>name="purpose"</c>.</param>
    public RawMultipart Field(string disposition, string value) => Part("Content-Disposition: form-data; " + disposition, Encoding.UTF8.GetBytes(value));

    /// <summary>A part with a filename, as clients send files.</summary>
    public RawMultipart File(string fileNameParameters, byte[] bytes, string name = "file") =>
        Part($"Content-Disposition: form-data; name=\"{name}\"; {fileNameParameters}\r\nContent-Type: application/octet-stream", bytes);

    public RawMultipart Part(string headers, byte[] body)
    {
        _parts.Add((headers, body));
        return this;
    }

    public byte[] ToBytes(bool closed = true)
    {
        using var body = new MemoryStream();
        foreach ((string headers, byte[] bytes) in _parts)
        {
            Write(body, $"--{Boundary}\r\n{headers}\r\n\r\n");
            body.Write(bytes);
            Write(body, "\r\n");
        }

        if (closed)
        {
            Write(body, $"--{Boundary}--\r\n");
        }

        return body.ToArray();
    }

    public HttpContent ToContent(bool closed = true)
    {
        var content = new ByteArrayContent(ToBytes(closed));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
        return content;
    }

    private static void Write(MemoryStream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
