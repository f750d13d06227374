using System.Security.Cryptography;
using System.Text;

namespace InsiderBot.Admin;

/// <summary>
/// Where a running bot takes operator requests for its store: a Unix domain socket beside the store
/// (<c>STORE.sock</c>), so only processes on the same host with access to the store's folder reach it. A store
/// path too long for a socket address uses a name in the temp folder derived from the store's path.
/// </summary>
public static class AdminSocket
{
    // sun_path holds 108 bytes on Linux (104 on macOS), the terminating NUL included.
    private const int MaxPathBytes = 100;

    public static string PathFor(string storePath)
    {
        var full = Path.GetFullPath(storePath);
        var beside = full + ".sock";
        if (Encoding.UTF8.GetByteCount(beside) <= MaxPathBytes) return beside;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), $"insiderbot-{hash}.sock");
    }
}
