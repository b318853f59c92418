namespace OpenApiThreads.Generator.Emit;

/// <summary>FNV-1a over a name's characters: the same in every process, as string.GetHashCode is not.</summary>
internal static class StableHash
{
    public static uint Of(string name) => Of(name, 0, name.Length);

    /// <summary>The hash of the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, without copying them.</summary>
    public static uint Of(string text, int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return hash;
    }
}
