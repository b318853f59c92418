using System.Collections.Generic;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The file ids a request body names, each with where it sits (<c>attachments[0].file_id</c>), gathered while the
/// body is read and checked only once all of it has been validated, so a malformed body is reported as such even
/// if it also names a missing file.
/// </summary>
/// <remarks>
/// A missing file is a 400 with <c>param</c> pointing at the id, not a 404. OpenAI's spec declares no error
/// responses for these operations, but its convention is that 404 means the resource in the URL does not exist
/// (the thread, the run); a wrong id inside a valid request's body makes the request invalid, which OpenAI reports
/// as an <c>invalid_request_error</c> naming the parameter. A client that got a 404 from
/// <c>POST /threads/{id}/messages</c> would wrongly conclude that the thread is gone.
/// </remarks>
internal sealed class FileReferences
{
    private readonly List<(string Param, string FileId)> _references = [];

    public void Add(string param, string fileId) => _references.Add((param, fileId));

    /// <exception cref="ApiException">400 naming the first reference, in body order, to a file not uploaded.</exception>
    public void EnsureUploaded(FileStore files)
    {
        foreach ((string param, string fileId) in _references)
        {
            if (!files.Contains(fileId))
            {
                throw ApiException.InvalidRequest(param,
                    $"Invalid '{param}': no file with id '{fileId}' has been uploaded. Upload it with POST /files first.");
            }
        }
    }
}
