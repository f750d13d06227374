using System.Text;
using NSec.Cryptography;

namespace InsiderBot.Discord;

/// <summary>
/// Checks <c>X-Signature-Ed25519</c> over <c>X-Signature-Timestamp</c> + raw body with the application's public key,
/// as Discord requires of an interactions endpoint.
/// </summary>
public sealed class DiscordSignatureVerifier
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly PublicKey key;

    public DiscordSignatureVerifier(string publicKeyHex)
    {
        if (!TryImport(publicKeyHex, out var imported))
            throw new ArgumentException("Not a 32-byte hex Ed25519 public key.", nameof(publicKeyHex));
        key = imported;
    }

    public static bool IsPublicKey(string hex) => TryImport(hex, out _);

    /// <summary>True only when both headers are present and the signature matches timestamp + body exactly.</summary>
    public bool IsValid(string? timestamp, string? signatureHex, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatureHex) || signatureHex.Length != 128) return false;
        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var stampLength = Encoding.UTF8.GetByteCount(timestamp);
        var signed = new byte[stampLength + body.Length];
        Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(stampLength));
        return IsValidSignature(signed, signature);
    }

    /// <summary>Plain Ed25519 verification of a whole message (what the RFC 8032 vectors exercise).</summary>
    public bool IsValidSignature(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        signature.Length == Ed25519.SignatureSize && Ed25519.Verify(key, message, signature);

    private static bool TryImport(string hex, out PublicKey imported)
    {
        imported = null!;
        if (hex.Length != 64) return false;
        try
        {
            if (!PublicKey.TryImport(Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey, out var result) || result is null) return false;
            imported = result;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
