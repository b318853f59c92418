using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace OpenApiThreads.Emulator;

/// <summary>
/// The emulator's run state machine. It is deterministic: a run moves only when asked, one state per
/// <see cref="Advance"/>, which getRun calls once per retrieve and a stream calls until the run stops.
/// <list type="bullet">
/// <item>queued → in_progress → completed. Completing adds the assistant's reply to the thread (with the
/// run's id) and a <c>message_creation</c> run step.</item>
/// <item>With a <c>function</c> tool: in_progress → requires_action, with one pending call per function tool and a
/// <c>tool_calls</c> step. Submitting the outputs moves the run to in_progress, and from there to completed.</item>
/// <item>Cancel: queued, in_progress or requires_action → cancelling → cancelled; any open step is cancelled too.</item>
/// </list>
/// Every method runs under the thread's <see cref="ThreadContents.Gate"/> and adds what happened, in order, to
/// <c>events</c>, which a streamed response sends and a JSON response ignores.
/// </summary>
internal sealed class RunLifecycle(TimeProvider time, EmulatorSettings settings)
{
    // OpenAI gives a run ten minutes to finish before it expires.
    private const long ExpirySeconds = 600;
    private const int PromptTokens = 20;
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Adds the request's extra messages to the thread, then a queued run.</summary>
    public RunRecord Create(ThreadContents contents, string threadId, RunRequest request, List<StreamEvent> events)
    {
        long now = Now();
        foreach (MessageInput message in request.AdditionalMessages)
        {
            contents.Messages.Add(MessageRecord.FromInput(message, threadId, now));
        }

        var run = new RunRecord(Ids.New("run_"), threadId, request.AssistantId, now, RunStatus.Queued,
            StartedAt: null, ExpiresAt: now + ExpirySeconds, CancelledAt: null, CompletedAt: null, request.Metadata,
            request.FunctionNames, PendingToolCalls: [], ToolOutputsSubmitted: false, Usage: null, request.Options);
        contents.Runs.Add(run);
        events.Add(StreamEvent.Run("thread.run.created", run));
        events.Add(StreamEvent.Run("thread.run.queued", run));
        return run;
    }

    /// <summary>Moves the run one state on; a run waiting for tool outputs, or finished, stays as it is.</summary>
    public RunRecord Advance(ThreadContents contents, RunRecord run, List<StreamEvent> events)
    {
        RunRecord next = run.Status switch
        {
            RunStatus.Queued => Start(run, events),
            RunStatus.InProgress when run.FunctionNames.Count > 0 && !run.ToolOutputsSubmitted => RequireToolOutputs(contents, run, events),
            RunStatus.InProgress => Complete(contents, run, events),
            RunStatus.Cancelling => FinishCancelling(contents, run, events),
            _ => run,
        };

        if (!ReferenceEquals(next, run))
        {
            contents.Runs.Replace(next);
        }

        return next;
    }

    /// <summary>Advances until the run waits for tool outputs or has finished: what one stream shows.</summary>
    public RunRecord AdvanceUntilStopped(ThreadContents contents, RunRecord run, List<StreamEvent> events)
    {
        while (RunStatus.IsMoving(run.Status))
        {
            run = Advance(contents, run, events);
        }

        return run;
    }

    /// <exception cref="ApiException">400 when the run has already finished or is being cancelled.</exception>
    public RunRecord Cancel(ThreadContents contents, RunRecord run, List<StreamEvent> events)
    {
        if (!RunStatus.IsCancellable(run.Status))
        {
            throw ApiException.InvalidRequest(null, $"Cannot cancel run with status '{run.Status}'.");
        }

        RunRecord next = run with { Status = RunStatus.Cancelling, PendingToolCalls = [] };
        contents.Runs.Replace(next);
        events.Add(StreamEvent.Run("thread.run.cancelling", next));
        return next;
    }

    /// <summary>
    /// Records the outputs on the run's <c>tool_calls</c> step and lets the run go on. The outputs were checked
    /// by <see cref="ToolOutputsReader"/>: one per pending call.
    /// </summary>
    public RunRecord SubmitToolOutputs(ThreadContents contents, RunRecord run, IReadOnlyList<ToolOutput> outputs, List<StreamEvent> events)
    {
        long now = Now();
        foreach (RunStepRecord step in contents.Steps.Snapshot(step => IsOpenStepOf(step, run)))
        {
            var calls = new List<ToolCall>(step.ToolCalls.Count);
            foreach (ToolCall call in step.ToolCalls)
            {
                ToolOutput? output = FindOutput(outputs, call.Id);
                calls.Add(output is null ? call : call with { Output = output.Output });
            }

            RunStepRecord completed = step with { Status = RunStepRecord.Completed, CompletedAt = now, ToolCalls = calls, Usage = new TokenUsage(PromptTokens, 0) };
            contents.Steps.Replace(completed);
            events.Add(StreamEvent.Step("thread.run.step.completed", completed));
        }

        RunRecord next = run with { Status = RunStatus.InProgress, PendingToolCalls = [], ToolOutputsSubmitted = true };
        contents.Runs.Replace(next);
        events.Add(StreamEvent.Run("thread.run.in_progress", next));
        return next;
    }

    private RunRecord Start(RunRecord run, List<StreamEvent> events)
    {
        RunRecord next = run with { Status = RunStatus.InProgress, StartedAt = Now() };
        events.Add(StreamEvent.Run("thread.run.in_progress", next));
        return next;
    }

    private RunRecord RequireToolOutputs(ThreadContents contents, RunRecord run, List<StreamEvent> events)
    {
        var calls = new List<ToolCall>(run.FunctionNames.Count);
        foreach (string name in run.FunctionNames)
        {
            calls.Add(new ToolCall(Ids.New("call_"), name, Arguments: "{}", Output: null));
        }

        var step = new RunStepRecord(Ids.New("step_"), run.ThreadId, run.Id, run.AssistantId, Now(), RunStepRecord.ToolCallsType,
            RunStepRecord.InProgress, CompletedAt: null, CancelledAt: null, MessageId: null, calls, Usage: null);
        contents.Steps.Add(step);
        events.Add(StreamEvent.Step("thread.run.step.created", step));

        RunRecord next = run with { Status = RunStatus.RequiresAction, PendingToolCalls = calls };
        events.Add(StreamEvent.Run("thread.run.requires_action", next));
        return next;
    }

    private RunRecord Complete(ThreadContents contents, RunRecord run, List<StreamEvent> events)
    {
        long now = Now();
        string text = settings.ReplyText;
        string[] pieces = ReplyChunks.Split(text, settings.StreamDeltaCount);
        var usage = new TokenUsage(PromptTokens, pieces.Length);

        var message = new MessageRecord(Ids.New("msg_"), run.ThreadId, now, "assistant", MessageRecord.InProgress,
            CompletedAt: null, Content: [], run.AssistantId, run.Id, AttachmentsJson: "[]", NoMetadata);
        var step = new RunStepRecord(Ids.New("step_"), run.ThreadId, run.Id, run.AssistantId, now, RunStepRecord.MessageCreation,
            RunStepRecord.InProgress, CompletedAt: null, CancelledAt: null, message.Id, ToolCalls: [], Usage: null);
        events.Add(StreamEvent.Step("thread.run.step.created", step));
        events.Add(StreamEvent.Message("thread.message.created", message));
        events.Add(StreamEvent.Message("thread.message.in_progress", message));
        foreach (string piece in pieces)
        {
            events.Add(StreamEvent.MessageDelta(message.Id, piece));
        }

        MessageRecord completedMessage = message with { Status = MessageRecord.Completed, CompletedAt = now, Content = [new TextPart(text)] };
        RunStepRecord completedStep = step with { Status = RunStepRecord.Completed, CompletedAt = now, Usage = usage };
        contents.Messages.Add(completedMessage);
        contents.Steps.Add(completedStep);
        events.Add(StreamEvent.Message("thread.message.completed", completedMessage));
        events.Add(StreamEvent.Step("thread.run.step.completed", completedStep));

        RunRecord next = run with { Status = RunStatus.Completed, CompletedAt = now, ExpiresAt = null, Usage = usage };
        events.Add(StreamEvent.Run("thread.run.completed", next));
        return next;
    }

    private RunRecord FinishCancelling(ThreadContents contents, RunRecord run, List<StreamEvent> events)
    {
        long now = Now();
        foreach (RunStepRecord step in contents.Steps.Snapshot(step => IsOpenStepOf(step, run)))
        {
            RunStepRecord cancelled = step with { Status = RunStepRecord.Cancelled, CancelledAt = now };
            contents.Steps.Replace(cancelled);
            events.Add(StreamEvent.Step("thread.run.step.cancelled", cancelled));
        }

        RunRecord next = run with { Status = RunStatus.Cancelled, CancelledAt = now, ExpiresAt = null };
        events.Add(StreamEvent.Run("thread.run.cancelled", next));
        return next;
    }

    private static bool IsOpenStepOf(RunStepRecord step, RunRecord run) =>
        step.RunId == run.Id && step.Status == RunStepRecord.InProgress;

    private static ToolOutput? FindOutput(IReadOnlyList<ToolOutput> outputs, string callId)
    {
        foreach (ToolOutput output in outputs)
        {
            if (output.ToolCallId == callId)
            {
                return output;
            }
        }

        return null;
    }

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();
}
