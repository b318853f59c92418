using System.Security.Cryptography;

namespace OpenApiThreads.Emulator;

/// <summary>Identifiers shaped like OpenAI's: a type prefix and random alphanumerics.</summary>
internal static class Ids
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int RandomLength = 24;

    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphanumerics, RandomLength);

    public static string NewRequestId() => "req_" + RandomNumberGenerator.GetHexString(32, lowercase: true);
}
