using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OpenApiThreads.Emulator;

/// <summary>
/// Reads CreateFileRequest, a <c>multipart/form-data</c> body, with ASP.NET Core's <see cref="MultipartReader"/>.
/// The file part is copied as it arrives into the content stream, so memory stays flat whatever its size; the
/// text fields are short and read with a small cap. OpenAI's SDKs send <c>expires_after</c> in bracket form
/// (<c>expires_after[anchor]</c>, <c>expires_after[seconds]</c>), which is what this accepts.
/// </summary>
internal static class FileUploadReader
{
    public const string FileField = "file";
    public const string PurposeField = "purpose";
    public const string AnchorField = "expires_after[anchor]";
    public const string SecondsField = "expires_after[seconds]";

    private const int MaxFieldBytes = 1024;
    private const int CopyBufferBytes = 81920;
    private const long MinExpirySeconds = 3600;
    private const long MaxExpirySeconds = 2_592_000;

    // The purposes CreateFileRequest accepts; the file object also knows output purposes that only OpenAI assigns.
    private static readonly string[] Purposes = ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"];
    private static readonly string[] Anchors = ["created_at"];

    /// <param name="request">The request, whose body is read to its end.</param>
    /// <param name="createContent">Opens the stream the file's bytes go to; called once, when the file part arrives.</param>
    /// <param name="maxFileBytes">The largest file accepted; a larger one is a 413.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    public static async Task<FileUpload> ReadAsync(
        HttpRequest request, Func<Stream> createContent, long maxFileBytes, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(ReadBoundary(request), request.Body)
        {
            // Sections are capped here instead: the file by maxFileBytes, every other field by MaxFieldBytes.
            BodyLengthLimit = null,
        };

        string? fileName = null;
        long bytes = 0;
        string? purpose = null;
        string? anchor = null;
        string? seconds = null;
        while (await NextSectionAsync(reader, cancellationToken).ConfigureAwait(false) is { } section)
        {
            ContentDispositionHeaderValue disposition = ReadDisposition(section);
            string name = HeaderUtilities.RemoveQuotes(disposition.Name).ToString();
            switch (name)
            {
                case FileField:
                    ExpectOnce(fileName, name);
                    fileName = ReadFileName(disposition);
                    Stream content = createContent();
                    await using (content.ConfigureAwait(false))
                    {
                        bytes = await CopyAsync(section.Body, content, maxFileBytes, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case PurposeField:
                    ExpectOnce(purpose, name);
                    purpose = await ReadFieldAsync(section, disposition, name, cancellationToken).ConfigureAwait(false);
                    break;
                case AnchorField:
                    ExpectOnce(anchor, name);
                    anchor = await ReadFieldAsync(section, disposition, name, cancellationToken).ConfigureAwait(false);
                    break;
                case SecondsField:
                    ExpectOnce(seconds, name);
                    seconds = await ReadFieldAsync(section, disposition, name, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    // CreateFileRequest says additionalProperties: false, as the JSON requests do.
                    throw ApiException.InvalidRequest(name, $"Unknown parameter: '{name}'.", "unknown_parameter");
            }
        }

        // Checked in the schema's order once the whole body is in, so a request is judged the same way whatever
        // order its parts come in.
        if (fileName is null)
        {
            throw Validation.Missing(FileField);
        }

        if (purpose is null)
        {
            throw Validation.Missing(PurposeField);
        }

        ExpectOneOf(purpose, PurposeField, Purposes);
        return new FileUpload(fileName, bytes, purpose, ReadExpiry(anchor, seconds));
    }

    private static string ReadBoundary(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.InvalidRequest(null,
                "The request body must be multipart/form-data, with the fields 'file' and 'purpose'.");
        }

        StringSegment boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary);
        if (StringSegment.IsNullOrEmpty(boundary))
        {
            throw ApiException.InvalidRequest(null, "The multipart/form-data Content-Type header has no boundary.");
        }

        return boundary.ToString();
    }

    private static ContentDispositionHeaderValue ReadDisposition(MultipartSection section)
    {
        ContentDispositionHeaderValue? disposition = section.GetContentDispositionHeader();
        if (disposition is null
            || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
            || StringSegment.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(disposition.Name)))
        {
            throw ApiException.InvalidRequest(null,
                "Every part of a multipart/form-data body needs a 'Content-Disposition: form-data' header with a name.");
        }

        return disposition;
    }

    /// <summary>
    /// A client may give the name as <c>filename*</c> (RFC 5987) beside <c>filename</c>; the starred form wins when
    /// both are there. The plain form may be a token, MIME-encoded (.NET's HttpClient), raw UTF-8 (browsers), or a
    /// quoted string with backslash escapes (curl's <c>"</c>, httpx's <c>\</c>). The multipart reader decodes
    /// headers as UTF-8 and the header parser decodes MIME and drops the quotes, but it leaves the escapes, which
    /// are undone here from the raw parameter.
    /// </summary>
    private static string ReadFileName(ContentDispositionHeaderValue disposition)
    {
        StringSegment name = !StringSegment.IsNullOrEmpty(disposition.FileNameStar) ? disposition.FileNameStar : PlainFileName(disposition);
        if (StringSegment.IsNullOrEmpty(name))
        {
            throw ApiException.InvalidRequest(FileField,
                $"Invalid '{FileField}': expected a file (a part with a filename), but got a text field instead.");
        }

        return name.ToString();
    }

    private static StringSegment PlainFileName(ContentDispositionHeaderValue disposition)
    {
        foreach (NameValueHeaderValue parameter in disposition.Parameters)
        {
            if (parameter.Name.Equals("filename", StringComparison.OrdinalIgnoreCase)
                && HeaderUtilities.IsQuoted(parameter.Value)
                && parameter.Value.IndexOf('\\') >= 0)
            {
                return HeaderUtilities.UnescapeAsQuotedString(parameter.Value);
            }
        }

        return disposition.FileName;
    }

    private static async Task<string> ReadFieldAsync(
        MultipartSection section, ContentDispositionHeaderValue disposition, string name, CancellationToken cancellationToken)
    {
        if (disposition.IsFileDisposition())
        {
            throw ApiException.InvalidRequest(name, $"Invalid '{name}': expected a text field, but got a file instead.");
        }

        byte[] buffer = new byte[MaxFieldBytes + 1];
        int length = 0;
        int read;
        while ((read = await ReadBodyAsync(section.Body, buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            if (length > MaxFieldBytes)
            {
                throw ApiException.InvalidRequest(name,
                    $"Invalid '{name}': value too long. Expected at most {MaxFieldBytes} bytes.");
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static async Task<long> CopyAsync(Stream source, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(CopyBufferBytes);
        try
        {
            long total = 0;
            int read;
            while ((read = await ReadBodyAsync(source, buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw ApiException.FileTooLarge(maxBytes);
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static long? ReadExpiry(string? anchor, string? seconds)
    {
        if (anchor is null && seconds is null)
        {
            return null;
        }

        if (anchor is null)
        {
            throw Validation.Missing(AnchorField);
        }

        ExpectOneOf(anchor, AnchorField, Anchors);
        if (seconds is null)
        {
            throw Validation.Missing(SecondsField);
        }

        if (!long.TryParse(seconds, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw ApiException.InvalidRequest(SecondsField,
                $"Invalid type for '{SecondsField}': expected an integer, but got '{seconds}' instead.");
        }

        if (value is < MinExpirySeconds or > MaxExpirySeconds)
        {
            throw ApiException.InvalidRequest(SecondsField,
                $"Invalid '{SecondsField}': {value} is out of range. Expected a value between {MinExpirySeconds} and {MaxExpirySeconds}.");
        }

        return value;
    }

    private static void ExpectOnce(string? earlier, string name)
    {
        if (earlier is not null)
        {
            throw ApiException.InvalidRequest(name, $"Invalid '{name}': give it at most once.");
        }
    }

    private static void ExpectOneOf(string value, string name, string[] allowed)
    {
        if (Array.IndexOf(allowed, value) < 0)
        {
            throw ApiException.InvalidRequest(name,
                $"Invalid value for '{name}': '{value}'. Supported values are: '{string.Join("', '", allowed)}'.");
        }
    }

    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsMalformed(error, cancellationToken))
        {
            throw Malformed(error);
        }
    }

    private static async ValueTask<int> ReadBodyAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsMalformed(error, cancellationToken))
        {
            throw Malformed(error);
        }
    }

    // The multipart reader reports a body that breaks the format as InvalidDataException (a header over its
    // limits) or IOException (no closing boundary). Kestrel's own failures, such as a body over its size limit,
    // are BadHttpRequestException and keep their status; a client that went away is not answered at all.
    private static bool IsMalformed(Exception error, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && error is InvalidDataException or IOException
        && error is not BadHttpRequestException;

    // The reader's IOException speaks of content "already read by another component", which misleads here.
    private static ApiException Malformed(Exception error) =>
        ApiException.InvalidRequest(null, "The request body is not valid multipart/form-data: "
            + (error is InvalidDataException ? error.Message : "it ends before the closing boundary."));
}
