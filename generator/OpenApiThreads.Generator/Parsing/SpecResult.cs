using OpenApiThreads.Generator.Diagnostics;
using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Parsing;

/// <summary>What parsing one document produced: a model (null when nothing can be generated) and its diagnostics.</summary>
internal sealed record SpecResult(ApiModel? Model, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);
