namespace OpenApiThreads.Emulator;

/// <summary>The token counts a finished run or step reports. The emulator counts one completion token per streamed delta.</summary>
internal sealed record TokenUsage(int PromptTokens, int CompletionTokens)
{
    public int TotalTokens => PromptTokens + CompletionTokens;
}
