using System.Text;
using System.Text.Json;
using InsiderBot.Fakes.Discord;
using InsiderBot.Testing;

namespace InsiderBot.Discord.Tests;

public sealed class SignatureVerifierTests
{
    private static JsonElement Vectors()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("protocol", "test-vectors.json")));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Rfc8032_vectors_verify_and_fail_when_the_message_changes()
    {
        foreach (var vector in Vectors().GetProperty("rfc8032_ed25519").EnumerateArray())
        {
            var verifier = new DiscordSignatureVerifier(vector.GetProperty("public_key").GetString()!);
            var message = Convert.FromHexString(vector.GetProperty("message_hex").GetString()!);
            var signature = Convert.FromHexString(vector.GetProperty("signature").GetString()!);
            Assert.True(verifier.IsValidSignature(message, signature), vector.GetProperty("name").GetString());
            Assert.False(verifier.IsValidSignature([.. message, 0x00], signature));
            signature[10] ^= 1;
            Assert.False(verifier.IsValidSignature(message, signature));
        }
    }

    [Fact]
    public void Discord_fixture_payloads_verify_as_the_fixture_expects()
    {
        var derived = Vectors().GetProperty("discord_interaction_derived");
        var verifier = new DiscordSignatureVerifier(derived.GetProperty("public_key").GetString()!);
        foreach (var case_ in derived.GetProperty("cases").EnumerateArray())
        {
            var valid = verifier.IsValid(
                case_.GetProperty("X-Signature-Timestamp").GetString(),
                case_.GetProperty("X-Signature-Ed25519").GetString(),
                Encoding.UTF8.GetBytes(case_.GetProperty("body").GetString()!));
            Assert.Equal(case_.GetProperty("expect").GetString()!.StartsWith("valid", StringComparison.Ordinal), valid);
        }
    }

    [Fact]
    public void A_changed_byte_timestamp_or_missing_header_is_rejected()
    {
        var verifier = new DiscordSignatureVerifier(InteractionSender.PublicKeyHex);
        const string body = "{\"type\":2,\"id\":\"1\"}";
        var signature = InteractionSender.Sign("1700000005", body);
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.True(verifier.IsValid("1700000005", signature, bytes));

        var changed = (byte[])bytes.Clone();
        changed[^2] = (byte)'2';
        Assert.False(verifier.IsValid("1700000005", signature, changed));
        Assert.False(verifier.IsValid("1700000006", signature, bytes));
        Assert.False(verifier.IsValid(null, signature, bytes));
        Assert.False(verifier.IsValid("1700000005", null, bytes));
        Assert.False(verifier.IsValid("1700000005", "zz" + signature[2..], bytes));
        Assert.False(verifier.IsValid("1700000005", signature[..64], bytes));
    }

    [Fact]
    public void Public_key_must_be_32_bytes_of_hex()
    {
        Assert.True(DiscordSignatureVerifier.IsPublicKey(InteractionSender.PublicKeyHex));
        Assert.False(DiscordSignatureVerifier.IsPublicKey("not-hex"));
        Assert.False(DiscordSignatureVerifier.IsPublicKey(InteractionSender.PublicKeyHex[..62]));
        Assert.Throws<ArgumentException>(() => new DiscordSignatureVerifier("abcd"));
    }
}
