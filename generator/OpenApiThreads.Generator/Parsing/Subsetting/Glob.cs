namespace OpenApiThreads.Generator.Parsing.Subsetting;

/// <summary>
/// The one pattern language of operation filters: <c>*</c> stands for any run of characters, <c>/</c> included
/// (<c>/threads*</c> takes <c>/threads/{thread_id}/runs</c>), <c>?</c> for any one character; the rest matches
/// itself, case and all.
/// </summary>
internal static class Glob
{
    public static bool IsMatch(string pattern, string text)
    {
        // The classic two-pointer match: on a mismatch, let the last '*' swallow one more character and retry.
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
