using System;
using System.Diagnostics.CodeAnalysis;
using OpenApiThreads.Cli.CommandLine;

namespace OpenApiThreads.Cli;

/// <summary>
/// Whether this build carries the in-process emulator (<c>OpenApiThreads.Emulator</c>, a Kestrel server: about
/// 5 MB of a native binary). A feature switch set by the MSBuild property <c>OpenApiThreadsEmbeddedEmulator</c>
/// (see the project file): on for <c>dotnet run</c> and <c>dotnet build</c>, off by default in a Native AOT publish.
/// When it is off, ILC treats <see cref="IsAvailable"/> as the constant false and drops the branches behind it, so
/// every call that reaches <c>ThreadsEmulator</c> must sit behind a check of it.
/// </summary>
internal static class EmbeddedEmulator
{
    public const string SwitchName = "OpenApiThreads.Cli.EmbeddedEmulator";

    /// <summary>The MSBuild property that sets the switch, for messages.</summary>
    public const string BuildProperty = "OpenApiThreadsEmbeddedEmulator";

    /// <summary>How to get an emulator from a build without one; ends the one-line errors below.</summary>
    private const string HowToGetOne =
        $"run one with 'dotnet run --project src/OpenApiThreads.Cli -- emulator' and set {ClientFactory.BaseUrlVariable} to the URL it prints, "
        + $"or publish with -p:{BuildProperty}=true";

    // Unset counts as on: the switch is written into the runtime configuration by every build of this project, so
    // only a host that drops that file would see it unset, and the emulator is what a plain build has always had.
    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsAvailable => !AppContext.TryGetSwitch(SwitchName, out bool enabled) || enabled;

    /// <summary>For a command that needs the API when neither --base-url nor OPENAI_BASE_URL is set.</summary>
    public static UsageException NoBaseUrl() => new(
        $"no {ArgumentParser.BaseUrlOption} or {ClientFactory.BaseUrlVariable}, and this build has no built-in emulator: "
        + $"set {ClientFactory.BaseUrlVariable} (and {ClientFactory.ApiKeyVariable}), e.g. https://api.openai.com/v1/, or {HowToGetOne}");

    /// <summary>For the <c>emulator</c> command.</summary>
    public static UsageException NotInThisBuild() => new(
        $"this build has no built-in emulator (a Native AOT publish leaves it out by default); {HowToGetOne}");
}
