using System.Collections.Generic;
using System.Globalization;

namespace OpenApiThreads.Generator.Naming;

/// <summary>
/// Names of operations. One operation can give three client methods (<c>XAsync</c>, <c>XStreamingAsync</c>,
/// <c>XAutoPagingAsync</c>), so an operation named <c>CreateRunStreaming</c> beside a streaming <c>CreateRun</c>
/// would declare the same method twice: a name is only free when all three of its methods are.
/// </summary>
internal static class MethodNames
{
    private static readonly string[] Suffixes = [string.Empty, "Streaming", "AutoPaging"];

    /// <summary><paramref name="candidate"/>, or it with the smallest number that frees all three methods; the three are then taken.</summary>
    public static string Choose(string candidate, ISet<string> taken)
    {
        string chosen = candidate;
        for (int i = 2; !IsFree(chosen, taken); i++)
        {
            chosen = candidate + i.ToString(CultureInfo.InvariantCulture);
        }

        foreach (string suffix in Suffixes)
        {
            taken.Add(chosen + suffix);
        }

        return chosen;
    }

    private static bool IsFree(string name, ISet<string> taken)
    {
        foreach (string suffix in Suffixes)
        {
            if (taken.Contains(name + suffix))
            {
                return false;
            }
        }

        return true;
    }
}
