namespace OpenApiThreads.Emulator;

/// <summary>The run statuses the emulator uses (it never fails, expires or stops a run as incomplete).</summary>
internal static class RunStatus
{
    public const string Queued = "queued";
    public const string InProgress = "in_progress";
    public const string RequiresAction = "requires_action";
    public const string Cancelling = "cancelling";
    public const string Cancelled = "cancelled";
    public const string Completed = "completed";

    /// <summary>Statuses that <see cref="RunLifecycle.Advance"/> moves on from by itself.</summary>
    public static bool IsMoving(string status) => status is Queued or InProgress or Cancelling;

    /// <summary>Statuses a cancel request is accepted in.</summary>
    public static bool IsCancellable(string status) => status is Queued or InProgress or RequiresAction;
}
