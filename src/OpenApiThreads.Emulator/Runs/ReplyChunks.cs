using System;

namespace OpenApiThreads.Emulator;

/// <summary>Splits the reply into the pieces its <c>thread.message.delta</c> events carry.</summary>
internal static class ReplyChunks
{
    /// <summary>
    /// <paramref name="count"/> consecutive pieces whose lengths differ by at most one (a surrogate pair is never cut),
    /// which together are exactly <paramref name="text"/>. When the text has fewer characters than
    /// <paramref name="count"/>, the last pieces are empty.
    /// </summary>
    public static string[] Split(string text, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var pieces = new string[count];
        int position = 0;
        for (int index = 0; index < count; index++)
        {
            int end = index == count - 1
                ? text.Length
                : Math.Min(text.Length, position + text.Length / count + (index < text.Length % count ? 1 : 0));
            if (end > 0 && end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end++;
            }

            pieces[index] = text[position..end];
            position = end;
        }

        return pieces;
    }
}
