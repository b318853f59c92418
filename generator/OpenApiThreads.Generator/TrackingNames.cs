namespace OpenApiThreads.Generator;

/// <summary>Names of the pipeline steps, so caching tests can ask each step why it ran.</summary>
public static class TrackingNames
{
    /// <summary>AdditionalFiles that look like OpenAPI documents, with their options.</summary>
    public const string Input = nameof(Input);

    /// <summary>Each document with the texts of the other files its <c>$ref</c>s reach.</summary>
    public const string Documents = nameof(Documents);

    /// <summary>Each document parsed into a model plus diagnostics.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The model alone, without diagnostics (positions live only in diagnostics).</summary>
    public const string Model = nameof(Model);

    /// <summary>The project's C# version when it is older than the generated code needs; null when it is new enough.</summary>
    public const string Language = nameof(Language);

    /// <summary>What the consuming compilation offers (System.Net.ServerSentEvents, Microsoft.Extensions.Http).</summary>
    public const string Facts = nameof(Facts);

    /// <summary>One item per file to generate.</summary>
    public const string Plan = nameof(Plan);

    /// <summary>Each generated file's text.</summary>
    public const string Emit = nameof(Emit);

    /// <summary>Which files are added as they are and which in batches (a spec with many files), and duplicate names.</summary>
    public const string Layout = nameof(Layout);

    /// <summary>Each file added to the compilation: a generated file, or a batch of them.</summary>
    public const string Output = nameof(Output);
}
