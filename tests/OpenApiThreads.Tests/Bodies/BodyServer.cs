using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace OpenApiThreads.Tests.Bodies;

/// <summary>
/// A Kestrel server on loopback that reads bodies with ASP.NET Core's own form and multipart readers and answers
/// with what it read, so the tests check the wire as a real server parses it.
/// </summary>
public sealed class BodyServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The raw body of the last form post, for exact-wire assertions.</summary>
    public string? LastFormBody { get; private set; }

    public async ValueTask InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/customers", async context =>
        {
            context.Request.EnableBuffering();
            using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true))
            {
                LastFormBody = await reader.ReadToEndAsync(context.RequestAborted);
            }

            context.Request.Body.Position = 0;
            await WriteReceivedAsync(context, await context.Request.ReadFormAsync(context.RequestAborted));
        });
        _app.MapPost("/uploads", async context => await WriteReceivedAsync(context, await context.Request.ReadFormAsync(context.RequestAborted)));
        _app.MapPut("/blobs/{name}", async context =>
        {
            var copy = new MemoryStream();
            await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
            context.Response.ContentType = context.Request.ContentType ?? "application/octet-stream";
            context.Response.ContentLength = copy.Length;
            context.Response.Headers.ContentDisposition = "attachment; filename=\"blob.bin\"; filename*=UTF-8''" + Uri.EscapeDataString((string)context.Request.RouteValues["name"]!);
            await context.Response.Body.WriteAsync(copy.ToArray(), context.RequestAborted);
        });
        _app.MapPost("/notes", async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            string note = await reader.ReadToEndAsync(context.RequestAborted);
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(note.ToUpperInvariant() + "|" + context.Request.ContentType, context.RequestAborted);
        });
        _app.MapDelete("/ping", context =>
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task WriteReceivedAsync(HttpContext context, IFormCollection form)
    {
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartObject("fields");
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> field in form)
        {
            writer.WriteStartArray(field.Key);
            foreach (string? value in field.Value)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("files");
        foreach (IFormFile file in form.Files)
        {
            using var hash = SHA256.Create();
            await using Stream content = file.OpenReadStream();
            byte[] digest = await hash.ComputeHashAsync(content, context.RequestAborted);
            writer.WriteStartObject();
            writer.WriteString("name", file.Name);
            writer.WriteString("file_name", file.FileName);
            writer.WriteString("content_type", file.ContentType);
            writer.WriteNumber("length", file.Length);
            writer.WriteString("sha256", Convert.ToHexString(digest));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
