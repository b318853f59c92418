using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class FileUploadValidationTests
{
    private static readonly byte[] Bytes = "data"u8.ToArray();

    public static TheoryData<string, string?, string?, string> InvalidForms { get; } = new()
    {
        // case, expected param, expected code, a part of the expected message
        { "no file", "file", null, "Missing required parameter: 'file'." },
        { "no purpose", "purpose", null, "Missing required parameter: 'purpose'." },
        { "no parts", "file", null, "Missing required parameter: 'file'." },
        { "unknown purpose", "purpose", null, "'chat'. Supported values are: 'assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'." },
        { "output-only purpose", "purpose", null, "'assistants_output'" },
        { "file as a text field", "file", null, "expected a file" },
        { "purpose as a file", "purpose", null, "expected a text field" },
        { "two files", "file", null, "at most once" },
        { "two purposes", "purpose", null, "at most once" },
        { "unknown field", "model", "unknown_parameter", "Unknown parameter: 'model'." },
        { "purpose too long", "purpose", null, "1024" },
        { "unknown anchor", "expires_after[anchor]", null, "'last_active_at'" },
        { "anchor without seconds", "expires_after[seconds]", null, "Missing required parameter" },
        { "seconds without anchor", "expires_after[anchor]", null, "Missing required parameter" },
        { "seconds not an integer", "expires_after[seconds]", null, "an integer" },
        { "seconds below an hour", "expires_after[seconds]", null, "3599 is out of range" },
        { "seconds above 30 days", "expires_after[seconds]", null, "2592001 is out of range" },
        { "no closing boundary", null, null, "closing boundary" },
        { "part without a name", null, null, "Content-Disposition" },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task InvalidUpload_Gets400NamingTheField_AndStoresNothing(string form, string? param, string? code, string message)
    {
        await using PrivateEmulator emulator = await PrivateEmulator.StartAsync();

        ApiResponse response = await emulator.Api.SendContentAsync(HttpMethod.Post, "files", Form(form));

        JsonElement error = response.AssertError(HttpStatusCode.BadRequest, param);
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""", (await emulator.Api.GetAsync("files")).Body);
    }

    [Theory]
    [InlineData("application/json", """{"purpose":"assistants"}""")]
    [InlineData("application/x-www-form-urlencoded", "purpose=assistants")]
    [InlineData("multipart/form-data", "")]
    [InlineData(null, "")]
    public async Task BodyThatIsNotMultipartWithABoundary_Gets400(string? contentType, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        await using PrivateEmulator emulator = await PrivateEmulator.StartAsync();
        ApiResponse response = await emulator.Api.SendContentAsync(HttpMethod.Post, "files", content);

        response.AssertError(HttpStatusCode.BadRequest, param: null);
    }

    private static HttpContent Form(string form)
    {
        const string Purpose = "name=\"purpose\"";
        const string FileName = "filename=\"a.txt\"";
        var multipart = new RawMultipart();
        return form switch
        {
            "no file" => multipart.Field(Purpose, "assistants").ToContent(),
            "no purpose" => multipart.File(FileName, Bytes).ToContent(),
            "no parts" => multipart.ToContent(),
            "unknown purpose" => multipart.File(FileName, Bytes).Field(Purpose, "chat").ToContent(),
            "output-only purpose" => multipart.File(FileName, Bytes).Field(Purpose, "assistants_output").ToContent(),
            "file as a text field" => multipart.Field("name=\"file\"", "data").Field(Purpose, "assistants").ToContent(),
            "purpose as a file" => multipart.File(FileName, Bytes).File("filename=\"p.txt\"", "assistants"u8.ToArray(), "purpose").ToContent(),
            "two files" => multipart.File(FileName, Bytes).File(FileName, Bytes).Field(Purpose, "assistants").ToContent(),
            "two purposes" => multipart.File(FileName, Bytes).Field(Purpose, "assistants").Field(Purpose, "assistants").ToContent(),
            "unknown field" => multipart.File(FileName, Bytes).Field(Purpose, "assistants").Field("name=\"model\"", "gpt-4o").ToContent(),
            "purpose too long" => multipart.File(FileName, Bytes).Field(Purpose, new string('a', 2000)).ToContent(),
            "unknown anchor" => Expiring(multipart, "last_active_at", "3600"),
            "anchor without seconds" => Expiring(multipart, "created_at", null),
            "seconds without anchor" => Expiring(multipart, null, "3600"),
            "seconds not an integer" => Expiring(multipart, "created_at", "an hour"),
            "seconds below an hour" => Expiring(multipart, "created_at", "3599"),
            "seconds above 30 days" => Expiring(multipart, "created_at", "2592001"),
            "no closing boundary" => multipart.File(FileName, Bytes).Field(Purpose, "assistants").ToContent(closed: false),
            "part without a name" => multipart.Part("Content-Disposition: form-data", Bytes).ToContent(),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
        };
    }

    private static HttpContent Expiring(RawMultipart multipart, string? anchor, string? seconds)
    {
        multipart.File("filename=\"a.txt\"", Bytes).Field("name=\"purpose\"", "assistants");
        if (anchor is not null)
        {
            multipart.Field("name=\"expires_after[anchor]\"", anchor);
        }

        if (seconds is not null)
        {
            multipart.Field("name=\"expires_after[seconds]\"", seconds);
        }

        return multipart.ToContent();
    }
}
