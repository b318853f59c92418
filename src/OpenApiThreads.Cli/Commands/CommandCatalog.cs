using System.Collections.Generic;
using OpenApiThreads.Cli.CommandLine;

namespace OpenApiThreads.Cli.Commands;

/// <summary>Every command, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        CreateCommand.Definition,
        RetrieveCommand.Definition,
        UpdateCommand.Definition,
        DeleteCommand.Definition,
        CreateAndRunCommand.Definition,
        MessagesListCommand.Definition,
        MessagesCreateCommand.Definition,
        MessagesRetrieveCommand.Definition,
        MessagesDeleteCommand.Definition,
        RunsCreateCommand.Definition,
        RunsRetrieveCommand.Definition,
        RunsListCommand.Definition,
        RunsCancelCommand.Definition,
        FilesUploadCommand.Definition,
        FilesListCommand.Definition,
        FilesRetrieveCommand.Definition,
        FilesDeleteCommand.Definition,
        FilesContentCommand.Definition,
        EmulatorCommand.Definition,
    ];
}
