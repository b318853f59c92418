namespace OpenApiThreads.Generator.Emit;

/// <summary>FNV-1a over a name's characters: the same in every process, as string.GetHashCode is not.</summary>
internal static class StableHash
{
    public static uint Of(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
