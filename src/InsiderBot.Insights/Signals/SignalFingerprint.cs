using System.Security.Cryptography;
using System.Text;

namespace InsiderBot.Insights.Signals;

/// <summary>
/// A signal's fingerprint: a SHA-256 digest of everything it states (<see cref="Signal.Statement"/>), so a stored signal
/// keeps 27 characters instead of a copy of its evidence ids, reason and checks. Only equality is ever asked of it.
/// Stores written before kept the statement itself; <see cref="Of"/> reads those as the digest they stand for, so a
/// signal that did not change is not reported as changed after an upgrade.
/// </summary>
public static class SignalFingerprint
{
    private const string Prefix = "h1:";

    /// <summary>The digest of a signal's statement: <c>h1:</c> and 18 bytes of SHA-256 in base64.</summary>
    public static string Digest(string statement) =>
        Prefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(statement)).AsSpan(0, 18));

    /// <summary>A stored fingerprint as a digest: itself, or the digest of the statement an older store kept.</summary>
    public static string Of(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal) ? stored : Digest(stored);
}
